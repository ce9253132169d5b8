package io.gridguard.cockpit;

/** What the live alert feed carries (seed 004's second-level alerts). */
public enum FeedKind {
    /** a gate refused someone with a fever */
    FEVER_DENIED,
    /** someone with a red code tried a gate */
    RED_CODE,
    /** an event missed a deadline and was escalated (or is overdue at the district) */
    OVERDUE,
    /** a door opened in a household under home quarantine */
    DOOR_OPEN,
    /** a fever reported by someone under quarantine */
    QUARANTINE_FEVER,
    /** a camera's AI saw a behaviour to act on (gathering, no mask …) */
    BEHAVIOUR,
    /** a pooled test tube came back positive */
    POOL_POSITIVE,
    /** a compound or rental apartment changed colour on the risk map */
    RISK_COLOUR;

    public String messageKey() {
        return "cockpit.alert." + name();
    }
}
