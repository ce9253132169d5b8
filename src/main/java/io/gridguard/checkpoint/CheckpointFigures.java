package io.gridguard.checkpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One checkpoint's figures for a day (seed 003 counted people and vehicles checked, and denials):
 * people and vehicles, passes and denials, scans per hour, denials by reason, and the fourteen days before.
 */
public record CheckpointFigures(long checkpointId, String checkpointName, LocalDate date, long people, long vehicles,
                                long passed, long denied, List<Long> perHour, Map<ScanReason, Long> deniedByReason,
                                List<Day> days) {

    public record Day(LocalDate date, long scans, long denied) {
    }

    public long maxPerHour() {
        return perHour.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
