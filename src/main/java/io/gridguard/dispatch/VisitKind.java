package io.gridguard.dispatch;

/** A grid worker's visit: at the door, or a verification call. */
public enum VisitKind {
    DOOR, CALL;

    public String messageKey() {
        return "visit.kind." + name();
    }
}
