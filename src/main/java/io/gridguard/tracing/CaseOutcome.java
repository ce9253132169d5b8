package io.gridguard.tracing;

/** How a case ended; none while it is being treated. */
public enum CaseOutcome {
    RECOVERED, TRANSFERRED, DECEASED;

    public String messageKey() {
        return "tracing.outcome." + name();
    }
}
