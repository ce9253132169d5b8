package io.gridguard.dispatch;

/** Who answers for an event now: the community first; a passed deadline escalates it to the street, then the district. */
public enum Level {
    COMMUNITY, STREET, DISTRICT;

    public Level above() {
        return this == COMMUNITY ? STREET : DISTRICT;
    }

    public String messageKey() {
        return "event.level." + name();
    }
}
