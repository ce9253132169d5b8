package io.gridguard.dispatch;

/** What a visit found. A problem found is reported as an event as well. */
public enum VisitOutcome {
    MET, NOBODY_HOME, REFUSED, PROBLEM_FOUND;

    public String messageKey() {
        return "visit.outcome." + name();
    }
}
