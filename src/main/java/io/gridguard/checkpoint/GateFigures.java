package io.gridguard.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.gridguard.checkpoint.internal.ScanRepository;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.shared.Caller;
import org.springframework.stereotype.Service;

/** A checkpoint's figures per day and hour, counted in the district's time zone. */
@Service
public class GateFigures {

    private final ScanRepository scans;
    private final GateScans gates;
    private final CheckpointSettings settings;
    private final Clock clock;

    private final io.gridguard.jurisdiction.Places places;

    GateFigures(ScanRepository scans, GateScans gates, CheckpointSettings settings, Clock clock, io.gridguard.jurisdiction.Places places) {
        this.places = places;
        this.scans = scans;
        this.gates = gates;
        this.settings = settings;
        this.clock = clock;
    }

    /** A day's figures of a checkpoint the caller may work at or oversee. */
    public CheckpointFigures figures(Caller caller, long checkpointId, LocalDate date) {
        PlaceView checkpoint = gates.checkpoint(caller, checkpointId);
        ZoneId zone = settings.zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        long[] perHour = new long[24];
        Map<ScanReason, Long> denials = new EnumMap<>(ScanReason.class);
        long people = 0;
        long passed = 0;
        // Every scan is a person checked; the passengers of a vehicle are checked under its plate, so a vehicle is
        // a plate seen in an hour (one that comes back later in the day counts again).
        Set<String> vehiclesByHour = new HashSet<>();
        for (var scan : scans.between(checkpointId, from, to)) {
            int hour = scan.at().atZone(zone).getHour();
            perHour[hour]++;
            people++;
            if (scan.plate() != null) {
                vehiclesByHour.add(hour + " " + scan.plate());
            }
            if (scan.decision() == Decision.PASS) {
                passed++;
            } else {
                denials.merge(scan.reason(), 1L, Long::sum);
            }
        }
        List<CheckpointFigures.Day> days = new ArrayList<>();
        for (int back = 13; back >= 0; back--) {
            LocalDate day = date.minusDays(back);
            long[] counts = scans.countAndDenied(checkpointId, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
            days.add(new CheckpointFigures.Day(day, counts[0], counts[1]));
        }
        return new CheckpointFigures(checkpointId, checkpoint.name(), date, people, vehiclesByHour.size(), passed,
                people - passed, Arrays.stream(perHour).boxed().toList(), denials, days);
    }

    /** Scans today (the district's day) and denials at the checkpoints under these nodes (the cockpit's headline figures). */
    public record Today(long scans, long denied) {
    }

    public Today today(List<io.gridguard.shared.ScopeNode> scope) {
        Instant from = today().atStartOfDay(settings.zone()).toInstant();
        Instant to = clock.instant().plusSeconds(1);
        long scanned = 0;
        long denied = 0;
        for (var checkpoint : places.allOfKind(io.gridguard.jurisdiction.PlaceKind.CHECKPOINT)) {
            if (io.gridguard.shared.ScopeNode.anyCovers(scope, checkpoint.path())) {
                scanned += scans.count(checkpoint.id(), from, to, false);
                denied += scans.count(checkpoint.id(), from, to, true);
            }
        }
        return new Today(scanned, denied);
    }

    /** An hour of today at the checkpoints under these nodes: people checked and of them denied. */
    public record Hour(int hour, long scans, long denied) {
    }

    /** Today's scans hour by hour up to this one, at the checkpoints under these nodes (the cockpit's chart). */
    public List<Hour> todayByHour(List<io.gridguard.shared.ScopeNode> scope) {
        ZoneId zone = settings.zone();
        Instant midnight = today().atStartOfDay(zone).toInstant();
        int hours = clock.instant().atZone(zone).getHour() + 1;
        long[] scanned = new long[hours];
        long[] denied = new long[hours];
        for (var checkpoint : places.allOfKind(io.gridguard.jurisdiction.PlaceKind.CHECKPOINT)) {
            if (io.gridguard.shared.ScopeNode.anyCovers(scope, checkpoint.path())) {
                for (int h = 0; h < hours; h++) {
                    Instant from = midnight.plus(java.time.Duration.ofHours(h));
                    Instant to = from.plus(java.time.Duration.ofHours(1));
                    scanned[h] += scans.count(checkpoint.id(), from, to, false);
                    denied[h] += scans.count(checkpoint.id(), from, to, true);
                }
            }
        }
        List<Hour> result = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            result.add(new Hour(h, scanned[h], denied[h]));
        }
        return result;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

}
