package io.gridguard.quarantine;

public enum OrderStatus {
    ACTIVE, RELEASED;

    public String messageKey() {
        return "quarantine.status." + name();
    }
}
