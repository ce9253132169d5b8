package io.gridguard.tracing;

import java.time.LocalDate;

/** A tracer confirmed a contact (管控中): the quarantine workflow opens an order for them. */
public record ContactConfirmed(long contactId, long caseId, long personId, ContactKind kind, LocalDate followUpUntil) {
}
