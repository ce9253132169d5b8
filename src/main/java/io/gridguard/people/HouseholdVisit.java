package io.gridguard.people;

import java.time.Instant;

/** One household of a sweep: its place and name, and the visit if there was one. */
public record HouseholdVisit(long householdId, String householdName, long gridId, VisitOutcome outcome, String note,
                             String visitedBy, Instant visitedAt) {
}
