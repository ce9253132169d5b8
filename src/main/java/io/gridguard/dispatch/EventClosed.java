package io.gridguard.dispatch;

/** An event was closed; the modules that opened it may listen (DESIGN.md §2). */
public record EventClosed(long eventId, String category, EventSource source) {
}
