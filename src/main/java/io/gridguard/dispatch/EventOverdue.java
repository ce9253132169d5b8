package io.gridguard.dispatch;

/** A deadline of an event passed (DESIGN.md §2): it was escalated to {@code level}; the cockpit counts it. */
public record EventOverdue(long eventId, String deadline, Level level, io.gridguard.shared.NodePath path, String category) {
}
