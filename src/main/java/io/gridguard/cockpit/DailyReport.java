package io.gridguard.cockpit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.gridguard.tracing.TracingFigures.Origin;

/**
 * A scope's figures of one day as compiled that day (the last compilation of the day is kept), with seed 003's table of
 * people under observation by origin region.
 */
public record DailyReport(LocalDate date, Summary summary, Map<Origin, Long> underObservationByOrigin, String compiledBy,
                          Instant compiledAt) {
}
