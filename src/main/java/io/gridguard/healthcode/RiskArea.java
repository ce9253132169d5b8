package io.gridguard.healthcode;

import java.time.LocalDate;

/** A medium- or high-risk area (region code and name) from a date, until a date or until further notice. */
public record RiskArea(long id, String regionCode, String name, Level level, LocalDate validFrom, LocalDate validTo) {

    public enum Level {
        MEDIUM, HIGH;

        public String messageKey() {
            return "riskArea.level." + name();
        }
    }

    /** Whether someone who left it on that day came from a risk area. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
