package io.gridguard.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import io.gridguard.shared.Problem;

/**
 * An 18-digit resident ID number (GB 11643-1999): a six-digit region, the birth date, a sequence whose
 * last digit is odd for men, and an ISO 7064 MOD 11-2 check character. Checked once here, so nothing
 * downstream checks it again.
 */
public record ResidentIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    public ResidentIdNumber {
        value = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new Problem.Invalid("idNumber", "people.idNumber.shape");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new Problem.Invalid("idNumber", "people.idNumber.checksum");
        }
        LocalDate birth = parseBirthDate(value);
        if (birth == null || birth.isAfter(LocalDate.now()) || birth.isBefore(LocalDate.of(1880, 1, 1))) {
            throw new Problem.Invalid("idNumber", "people.idNumber.birthDate");
        }
    }

    /** The check character for the first 17 digits; used by the demo generator to make valid fictional numbers. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return parseBirthDate(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    private static LocalDate parseBirthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
