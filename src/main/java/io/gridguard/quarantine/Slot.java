package io.gridguard.quarantine;

import java.time.LocalTime;

/** The two daily health reports: the morning's and the afternoon's (a report before 14:00 is the morning's). */
public enum Slot {
    MORNING, AFTERNOON;

    static final LocalTime NOON_BREAK = LocalTime.of(14, 0);

    public static Slot at(LocalTime time) {
        return time.isBefore(NOON_BREAK) ? MORNING : AFTERNOON;
    }

    public String messageKey() {
        return "quarantine.slot." + name();
    }
}
