package io.gridguard.tracing;

import java.time.Instant;
import java.util.List;

/**
 * Who co-presence finds near a person since a time, without recording anything: the people met (first degree) and,
 * when asked, the people those met afterwards (second degree). Lists are cut at {@code listed}; counts are whole.
 */
public record CoPresenceReport(long personId, Instant since, int presences, int firstDegree, Integer secondDegree,
                               List<Met> met, int listed) {

    public record Met(long personId, int degree, long placeId, Instant at) {
    }
}
