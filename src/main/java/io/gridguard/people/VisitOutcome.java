package io.gridguard.people;

/** What a grid worker found at a household during a sweep. */
public enum VisitOutcome {
    ALL_WELL, FOLLOW_UP, NOBODY_HOME, VACANT;

    public String messageKey() {
        return "sweep.outcome." + name();
    }
}
