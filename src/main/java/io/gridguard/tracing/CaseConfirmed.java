package io.gridguard.tracing;

/** A case was confirmed (DESIGN.md §2): the health code has been told; the cockpit counts it. */
public record CaseConfirmed(long caseId, long personId, Classification classification) {
}
