package io.gridguard.checkpoint;

/** Why a scan was decided as it was; the API answers the name, pages the words. */
public enum ScanReason {
    GREEN_CODE, YELLOW_ALLOWED, YELLOW_CODE, RED_CODE, FEVER, INVALID_TOKEN, EXPIRED_TOKEN, UNKNOWN_PERSON,
    /** A valid token shown again after it let someone through a gate: a screenshot or a photo, refused. */
    REPLAYED_TOKEN,
    /** A compound gate: going out needs a household pass, and the household has used its allowance. */
    NO_PASS, PASS_USED,
    /** An enterprise park gate: only the site's roster comes in. */
    NOT_ON_ROSTER;

    public String messageKey() {
        return "checkpoint.reason." + name();
    }
}
