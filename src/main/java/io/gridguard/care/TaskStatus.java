package io.gridguard.care;

/** OPEN → CLAIMED by a social worker → DONE with a note → CONFIRMED by the household. */
public enum TaskStatus {
    OPEN, CLAIMED, DONE, CONFIRMED;

    public String messageKey() {
        return "care.status." + name();
    }
}
