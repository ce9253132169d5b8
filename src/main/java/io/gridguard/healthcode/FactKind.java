package io.gridguard.healthcode;

/**
 * The facts the health code accepts (DESIGN.md §2, §7). A fact holds from when it happened until it is
 * cleared (a release, a negative test, an approved re-check) or its policy window ends.
 */
public enum FactKind {
    CASE_CONFIRMED, CASE_SUSPECTED, CONTACT_CLOSE, CONTACT_SECONDARY, CENTRALIZED_QUARANTINE, HOME_QUARANTINE,
    HEALTH_MONITORING, TEST_POSITIVE, TEST_NEGATIVE, FEVER_AT_GATE, ARRIVAL_FROM_RISK_AREA, TEST_MISSED;

    public String messageKey() {
        return "healthcode.reason." + name();
    }
}
