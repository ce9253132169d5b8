package io.gridguard.care;

import java.time.Instant;

/** A need as a task, with its household and building and where it stands. */
public record CareTask(long id, long householdId, String householdName, Long buildingId, String buildingName, long orderId,
                       NeedKind kind, String note, TaskStatus status, long gridId, String requestedBy, Instant requestedAt,
                       Instant dueAt, String claimedBy, Instant claimedAt, Instant doneAt, String doneNote, Instant confirmedAt,
                       boolean overdue, Long overdueEventId) {
}
