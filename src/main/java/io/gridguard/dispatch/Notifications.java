package io.gridguard.dispatch;

/**
 * Where notifications leave the platform (SMS, a DingTalk-style webhook): one implementation is a bean; the default
 * writes them to the log. In-app notice is the live queue pages themselves.
 */
public interface Notifications {

    /** Tell the people answerable at {@code level} for the event's place (escalations, new dispatches). */
    void notify(long eventId, Level level, String message);
}
