package io.gridguard.tracing;

/** A tracer's step on a contact: the new status; a return names where the person was handed back to. */
public record ContactDecision(ContactStatus status, String destination) {
}
