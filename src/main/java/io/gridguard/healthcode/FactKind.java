package io.gridguard.healthcode;

/**
 * The facts the health code accepts (DESIGN.md §2, §7). A fact holds from when it happened until it is
 * cleared (a release, a negative test, an approved re-check) or its policy window ends.
 */
public enum FactKind {
    CASE_CONFIRMED, CASE_SUSPECTED, CONTACT_CLOSE, CONTACT_SECONDARY,
    /** Suggested as a contact of a case (co-presence) and not yet confirmed or dismissed by a tracer. */
    CONTACT_SUSPECTED, CENTRALIZED_QUARANTINE, HOME_QUARANTINE,
    HEALTH_MONITORING, TEST_POSITIVE,
    /** In a pooled tube that tested positive: held until the person's own retest (a single tube) is negative. */
    POOL_POSITIVE,
    TEST_NEGATIVE, FEVER_AT_GATE, ARRIVAL_FROM_RISK_AREA, TEST_MISSED,
    /** A resident's daily health check-in (健康打卡): normal, or with a fever or symptoms. */
    CHECK_IN_NORMAL, CHECK_IN_ABNORMAL;

    public String messageKey() {
        return "healthcode.reason." + name();
    }
}
