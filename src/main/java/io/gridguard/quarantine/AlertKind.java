package io.gridguard.quarantine;

/**
 * What quarantine tells people about: a reminder to the person that a report is due, a missed report (to the grid
 * worker or site staff), a fever, a door opened during home quarantine, a disinfection round not logged.
 */
public enum AlertKind {
    REMINDER, MISSED_REPORT, FEVER, DOOR_OPEN, DISINFECTION_OVERDUE;

    public String messageKey() {
        return "quarantine.alert." + name();
    }
}
