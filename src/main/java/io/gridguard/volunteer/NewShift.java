package io.gridguard.volunteer;

import java.time.Instant;

public record NewShift(Long teamId, Long placeId, Instant startsAt, Instant endsAt, Integer slots) {
}
