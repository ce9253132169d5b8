package io.gridguard.cockpit;

import java.time.Instant;
import java.util.List;

/**
 * The headline figures of a scope (`GET /api/v1/stats/summary`), as they stood at {@code asOf}.
 *
 * @param scope the nodes counted (the caller's, or one node inside them)
 * @param tests people sampled in the last week and their share of the residents
 * @param volunteers volunteers checked in now at places in scope, and those enrolled in the scope's teams
 */
public record Summary(Scope scope, long residents, long floatingPopulation, Quarantine quarantine, long cases, Contacts contacts,
                      Scans scans, Events events, Tests tests, Volunteers volunteers, Codes codes,
                      Instant asOf) {

    /** Days over which test coverage is counted. */
    public static final int TEST_DAYS = 7;

    /**
     * People sampled in the last {@value #TEST_DAYS} days and their share of the residents (应检尽检); absent in daily
     * reports kept before it was counted.
     */
    public record Tests(long sampled, double coverage) {
    }

    /** Absent in daily reports kept before volunteers were counted. */
    public record Volunteers(long onDuty, long active) {
    }

    public record Scope(String level, List<Long> nodeIds, String name) {
    }

    public record Quarantine(long centralized, long home, long monitoring) {
    }

    public record Contacts(long underControl, long ended, long returned) {
    }

    public record Scans(long today, long denied) {
    }

    public record Events(long today, long closed, long overdue, double closureRate) {
    }

    public record Codes(long green, long yellow, long red) {
    }
}
