package io.gridguard.volunteer;

import java.time.Instant;

/** A volunteer checked in and not yet out: who, for which team, where, on which shift. */
public record OnDuty(long volunteerId, String name, String teamName, long shiftId, long placeId, String placeName, Instant startsAt,
                     Instant endsAt, Instant checkedInAt) {
}
