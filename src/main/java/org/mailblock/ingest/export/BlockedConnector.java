package org.mailblock.ingest.export;

/**
 * One connector {@code Get-BlockedConnector} lists: Exchange Online restricted it for relaying spam.
 *
 * @param id   {@code ConnectorId}, the connector's GUID; {@code null} when not given
 * @param name {@code ConnectorName}; {@code null} when not given
 */
public record BlockedConnector(String id, String name) {
}
