package io.gridguard.quarantine;

/** The result of one scheduled test of an order. */
public enum TestOutcome {
    NEGATIVE, POSITIVE;

    public String messageKey() {
        return "quarantine.test." + name();
    }
}
