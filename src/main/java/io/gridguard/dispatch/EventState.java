package io.gridguard.dispatch;

/** Where an event is in its closed loop (闭环). */
public enum EventState {
    REPORTED, DISPATCHED, ACCEPTED, HANDLING, FEEDBACK, CLOSED, REOPENED, REJECTED;

    /** Whether the event still waits for a department to accept it (the accept clock runs). */
    public boolean awaitsAcceptance() {
        return this == REPORTED || this == DISPATCHED || this == REOPENED || this == REJECTED;
    }

    public String messageKey() {
        return "event.state." + name();
    }
}
