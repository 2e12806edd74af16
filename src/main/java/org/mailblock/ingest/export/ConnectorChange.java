package org.mailblock.ingest.export;

import java.time.Instant;
import org.mailblock.facts.Direction;

/**
 * One connector change the audit log records ({@code Search-UnifiedAuditLog}).
 *
 * @param operation  {@code New}, {@code Set} or {@code Remove}
 * @param direction  inbound or outbound, from the cmdlet's name
 * @param connector  the connector's name ({@code Name} among the parameters, else {@code Identity}, else {@code ObjectId}); {@code null} when none
 * @param by         the account that ran it ({@code UserIds}), lower-cased
 * @param at         when ({@code CreationDate}, else the record's {@code CreationTime}); {@code null} when not given
 */
public record ConnectorChange(String operation, Direction direction, String connector, String by, Instant at) {
}
