package io.gridguard.people;

import java.time.Instant;

/** One household of a sweep: its place and name, and the visit if there was one. */
public record HouseholdVisit(long householdId, String householdName, long gridId, VisitOutcome outcome, String note,
                             String visitedBy, Instant visitedAt) {

    static HouseholdVisit of(long id, String name, long gridId, io.gridguard.people.internal.SweepRepository.Visit v) {
        return v == null ? new HouseholdVisit(id, name, gridId, null, null, null, null)
                : new HouseholdVisit(id, name, gridId, v.outcome(), v.note(), v.by(), v.at());
    }

    public boolean visited() {
        return outcome != null;
    }
}
