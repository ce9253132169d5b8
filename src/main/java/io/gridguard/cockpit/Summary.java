package io.gridguard.cockpit;

import java.time.Instant;
import java.util.List;

/**
 * The headline figures of a scope (`GET /api/v1/stats/summary`), as they stood at {@code asOf}.
 *
 * @param scope the nodes counted (the caller's, or one node inside them)
 */
public record Summary(Scope scope, long residents, long floatingPopulation, Quarantine quarantine, long cases, Contacts contacts,
                      Scans scans, Events events, Codes codes, Instant asOf) {

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
