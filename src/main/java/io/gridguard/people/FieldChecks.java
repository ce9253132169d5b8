package io.gridguard.people;

import java.util.List;
import java.util.function.Supplier;

import io.gridguard.shared.Problem;

/** Collects every field error of a form instead of stopping at the first, so a form shows all of them at once. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** Runs a value type's own check; its errors are kept under {@code field}, or under the value's own field name when null. */
    static <T> T attempt(List<Problem.FieldError> errors, String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (Problem.Invalid invalid) {
            invalid.fieldErrors().forEach(e -> errors.add(field == null ? e : new Problem.FieldError(field, e.messageKey(), e.args())));
            return null;
        }
    }

    static void required(List<Problem.FieldError> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.add(new Problem.FieldError(field, "error.required"));
        } else {
            maxLength(errors, field, value, max);
        }
    }

    static void maxLength(List<Problem.FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new Problem.FieldError(field, "error.tooLong", max));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    static String nationality(List<Problem.FieldError> errors, String value) {
        String nationality = blank(value) ? "CHN" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!nationality.matches("[A-Z]{3}")) {
            errors.add(new Problem.FieldError("nationality", "people.nationality.invalid"));
        }
        return nationality;
    }
}
