package io.gridguard.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

/** A temperature at or above the policy's threshold at a gate; dispatch turns it into a task for the community doctor. */
public record TemperatureAbnormal(long scanId, long checkpointId, Long personId, BigDecimal temperature, Instant at) {
}
