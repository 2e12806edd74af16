package org.mailblock.ingest.export;

import java.time.Instant;

/**
 * One group of a message trace grouped by sender domain and status.
 *
 * @param domain the sender domain, lower-cased
 * @param status the delivery status as written ({@code Delivered}, {@code Failed} ...); {@code null} when not given
 * @param count  how many messages; {@code null} when not given
 * @param first  the first message's {@code Received}; {@code null} when not given
 * @param last   the last message's {@code Received}; {@code null} when not given
 */
public record TracedDomain(String domain, String status, Long count, Instant first, Instant last) {
}
