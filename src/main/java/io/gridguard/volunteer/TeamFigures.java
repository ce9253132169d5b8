package io.gridguard.volunteer;

import java.time.LocalDate;
import java.util.List;

/** Each team's volunteers, shifts and hours over a period (seed 003: "2,138 volunteers, 145,056 hours"). */
public record TeamFigures(LocalDate from, LocalDate to, List<Row> rows, Row total) {

    /**
     * @param shifts         shifts that started in the period
     * @param attended       check-ins in the period
     * @param minutes        the ledger's minutes recorded in the period
     * @param minutesEver    the ledger's minutes since the team began
     */
    public record Row(Long teamId, String name, String communityName, long active, long shifts, long attended, long minutes, long minutesEver) {

        public double hours() {
            return Math.round(minutes / 6.0) / 10.0;
        }

        public double hoursEver() {
            return Math.round(minutesEver / 6.0) / 10.0;
        }
    }
}
