package io.gridguard.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A grid worker's day: the positions their phone shared while on duty, in order, and their visits. */
public record Track(String worker, LocalDate day, List<Point> points, List<VisitView> visits) {

    public record Point(double lat, double lon, Double accuracy, Instant at) {
    }
}
