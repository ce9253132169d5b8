package io.gridguard.dispatch;

import java.time.Instant;

/** An event in a list or a queue. */
public record EventSummary(long id, String category, String description, EventSource source, long gridId, EventState state,
                           Level level, Instant acceptBy, boolean breached, Instant createdAt) {
}
