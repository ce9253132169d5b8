package io.gridguard.devices.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.gridguard.devices.NewReading;
import io.gridguard.devices.ReadingType;
import io.gridguard.shared.Problem;

/** A reading checked before anything is stored: known type, a value that fits it, a plausible time. */
public final class ReadingCheck {

    private static final BigDecimal COLDEST = new BigDecimal("30.0");
    private static final BigDecimal HOTTEST = new BigDecimal("45.0");
    /** A device's clock may run a little ahead; further ahead is a wrong clock. */
    private static final Duration AHEAD = Duration.ofMinutes(5);
    /** A reading buffered while offline may come late, but not from last month. */
    private static final Duration BEHIND = Duration.ofDays(7);

    public record Checked(ReadingType type, String value, Instant at, String snapshot) {
    }

    private ReadingCheck() {
    }

    public static Checked check(NewReading reading, Instant now) {
        if (reading == null) {
            throw new Problem.Invalid("type", "device.reading.type.invalid");
        }
        ReadingType type;
        try {
            type = ReadingType.valueOf(String.valueOf(reading.type()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("type", "device.reading.type.invalid");
        }
        String value = reading.value() == null ? null : reading.value().strip();
        if (type == ReadingType.TEMPERATURE) {
            try {
                BigDecimal celsius = new BigDecimal(value == null ? "" : value);
                if (celsius.compareTo(COLDEST) < 0 || celsius.compareTo(HOTTEST) > 0) {
                    throw new Problem.Invalid("value", "device.reading.temperature");
                }
                value = celsius.toPlainString();
            } catch (NumberFormatException e) {
                throw new Problem.Invalid("value", "device.reading.temperature");
            }
        } else if (type == ReadingType.CAMERA_ALERT && (value == null || value.isEmpty())) {
            throw new Problem.Invalid("value", "device.reading.alert");
        }
        if (value != null && value.length() > 200) {
            throw new Problem.Invalid("value", "device.reading.tooLong");
        }
        Instant at = now;
        if (reading.at() != null && !reading.at().isBlank()) {
            try {
                at = Instant.parse(reading.at().strip());
            } catch (DateTimeParseException e) {
                throw new Problem.Invalid("at", "device.reading.at.invalid");
            }
            if (at.isAfter(now.plus(AHEAD)) || at.isBefore(now.minus(BEHIND))) {
                throw new Problem.Invalid("at", "device.reading.atRange");
            }
        }
        String snapshot = reading.snapshot() == null || reading.snapshot().isBlank() ? null : reading.snapshot().strip();
        if (snapshot != null && (snapshot.length() > 2000 || !snapshot.matches("https?://\\S+"))) {
            throw new Problem.Invalid("snapshot", "device.reading.snapshot");
        }
        return new Checked(type, value, at, snapshot);
    }
}
