package io.gridguard.volunteer;

import java.time.Instant;
import java.util.List;

/** A shift at a place for a team, with the volunteers who took it. */
public record Shift(long id, long teamId, String teamName, long placeId, String placeName, Instant startsAt, Instant endsAt, int slots,
                    List<Attendance> attendances) {

    public int free() {
        return Math.max(0, slots - attendances.size());
    }
}
