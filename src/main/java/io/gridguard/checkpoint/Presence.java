package io.gridguard.checkpoint;

import java.time.Instant;

/** Someone known to have been at a place at a time: let through a gate, or checked in at a venue. */
public record Presence(long personId, long placeId, Instant at, Source source) {

    public enum Source { GATE, VENUE }
}
