package io.gridguard.dispatch;

/** What someone does to an event; each is allowed in some states and to some people (see {@code Lifecycle}). */
public enum EventAction {
    DISPATCH, ACCEPT, START, FEEDBACK, CLOSE, REOPEN, REJECT;

    public String messageKey() {
        return "event.action." + name();
    }
}
