package io.gridguard.tracing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import io.gridguard.people.ResidentIdNumber;
import io.gridguard.shared.Problem;
import io.gridguard.tracing.internal.KeyPersonFile.Raw;

/** What is wrong with one row of a key-person list, if anything: the first fault, as a message key and argument. */
public final class KeyPersonCheck {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final int LONGEST = 50;

    private KeyPersonCheck() {
    }

    public record Rejection(String key, String arg) {
    }

    public static Optional<Rejection> check(Raw raw, LocalDate today) {
        if (raw.name() == null) {
            return reject("keyPersons.row.nameMissing", null);
        }
        if (raw.name().length() > LONGEST) {
            return reject("keyPersons.row.tooLong", "name");
        }
        if (raw.idNumber() == null) {
            return reject("keyPersons.row.idMissing", null);
        }
        try {
            new ResidentIdNumber(raw.idNumber());
        } catch (Problem.Invalid invalid) {
            return reject(invalid.fieldErrors().getFirst().messageKey(), null);
        }
        if (raw.phone() != null && !PHONE.matcher(raw.phone().replace(" ", "").replace("-", "")).matches()) {
            return reject("keyPersons.row.phone", null);
        }
        if (raw.origin() == null) {
            return reject("keyPersons.row.originMissing", null);
        }
        if (raw.category() == null) {
            return reject("keyPersons.row.categoryMissing", null);
        }
        if (raw.origin().length() > LONGEST || raw.category().length() > LONGEST) {
            return reject("keyPersons.row.tooLong", raw.origin().length() > LONGEST ? "origin" : "category");
        }
        if (raw.arrivalDate() != null) {
            LocalDate arrival = date(raw.arrivalDate());
            if (arrival == null) {
                return reject("keyPersons.row.date", null);
            }
            if (arrival.isAfter(today)) {
                return reject("keyPersons.row.future", null);
            }
        }
        return Optional.empty();
    }

    /** yyyy-MM-dd or yyyy/M/d, as lists are typed; null when neither. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, SLASHED);
            } catch (DateTimeParseException slashed) {
                return null;
            }
        }
    }

    private static Optional<Rejection> reject(String key, String arg) {
        return Optional.of(new Rejection(key, arg));
    }
}
