package io.gridguard.healthcode;

/**
 * What colours a compound or rental apartment on the cockpit's risk map (DESIGN.md §3 flow 6, seeds 000 and 004): how
 * many households it has, its floating population, people in home quarantine, cases and overdue events there.
 */
public enum RiskIndicator {
    HOUSEHOLDS, FLOATING, HOME_QUARANTINE, CASES, OVERDUE_EVENTS;

    public String messageKey() {
        return "risk.indicator." + name();
    }
}
