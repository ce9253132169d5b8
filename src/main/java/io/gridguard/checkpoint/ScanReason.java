package io.gridguard.checkpoint;

/** Why a scan was decided as it was; the API answers the name, pages the words. */
public enum ScanReason {
    GREEN_CODE, YELLOW_ALLOWED, YELLOW_CODE, RED_CODE, FEVER, INVALID_TOKEN, EXPIRED_TOKEN, UNKNOWN_PERSON;

    public String messageKey() {
        return "checkpoint.reason." + name();
    }
}
