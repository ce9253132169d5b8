package io.gridguard.quarantine;

import java.time.Instant;

/** A reminder or alert, with the event it opened (fever, door) and who handled it. */
public record Alert(long id, AlertKind kind, Long orderId, Long siteId, long gridId, String detail, Long eventId, Instant raisedAt,
                    String handledBy, Instant handledAt, String handledNote) {
}
