package io.gridguard.tracing;

import java.time.LocalDate;

/**
 * A tracer confirmed a contact (管控中): the quarantine workflow opens an order for them, counted from the day of the last
 * exposure ({@code exposedOn}, the district's day; null when unknown).
 */
public record ContactConfirmed(long contactId, long caseId, long personId, ContactKind kind, LocalDate followUpUntil, LocalDate exposedOn) {
}
