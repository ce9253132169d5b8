package io.gridguard.dispatch;

import java.time.Instant;

/**
 * An in-app notice: a new event ({@code NEW}) or an escalation ({@code OVERDUE}, with the deadline missed) at a level.
 */
public record Notice(long id, long eventId, String kind, String deadline, Level level, long gridId, String detail, Instant createdAt) {

    public String messageKey() {
        return "notice." + kind;
    }
}
