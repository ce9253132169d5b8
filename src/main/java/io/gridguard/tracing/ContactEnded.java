package io.gridguard.tracing;

/**
 * A tracer ended control of a contact (结束管控) or handed them back to their region (退回): the quarantine order opened
 * for that contact ends with it.
 */
public record ContactEnded(long contactId, long personId, ContactStatus status, String by) {
}
