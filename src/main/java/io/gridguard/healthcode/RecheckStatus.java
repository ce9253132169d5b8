package io.gridguard.healthcode;

public enum RecheckStatus {
    PENDING, APPROVED, REJECTED;

    public String messageKey() {
        return "recheck.status." + name();
    }
}
