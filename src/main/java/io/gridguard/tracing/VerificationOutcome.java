package io.gridguard.tracing;

/** What the grid worker found when checking a listed person (核查结果). */
public enum VerificationOutcome {
    AT_HOME, LEFT_DISTRICT, WRONG_NUMBER, REFUSED;

    public String messageKey() {
        return "keyPersons.outcome." + name();
    }
}
