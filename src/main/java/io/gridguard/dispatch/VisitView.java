package io.gridguard.dispatch;

import java.time.Instant;

/** A recorded visit. */
public record VisitView(long id, String worker, VisitKind kind, Long placeId, Long personId, VisitOutcome outcome, String note,
                        Instant at, long gridId) {
}
