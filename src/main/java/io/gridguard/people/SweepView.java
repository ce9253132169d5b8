package io.gridguard.people;

import java.time.Instant;

/** A sweep (排查 round) of a community with its progress: households visited out of the total. */
public record SweepView(long id, long communityId, String name, int totalHouseholds, long visited, String startedBy,
                        Instant startedAt, Instant closedAt) {

    public int percent() {
        return totalHouseholds == 0 ? 100 : (int) Math.min(100, visited * 100 / totalHouseholds);
    }

    public boolean open() {
        return closedAt == null;
    }
}
