package io.gridguard.healthcode;

/** The clerk's decision: approve, or reject with a reason the person will read. */
public record RecheckDecision(Boolean approve, String reason) {
}
