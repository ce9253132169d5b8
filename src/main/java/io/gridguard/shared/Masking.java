package io.gridguard.shared;

/**
 * Masks personal data for lists and for anyone who has not opened the full (audited) record:
 * {@code 330105********123X}, {@code 138****5678}, {@code 张*}.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isEmpty()) {
            return idNumber;
        }
        if (idNumber.length() == 18) {
            return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        }
        int keep = idNumber.length() >= 8 ? 2 : 1;
        if (idNumber.length() <= 2 * keep) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, keep) + "*".repeat(idNumber.length() - 2 * keep)
                + idNumber.substring(idNumber.length() - keep);
    }

    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() == 11) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        if (phone.length() <= 4) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, Math.min(3, phone.length() - 4)) + "****" + phone.substring(phone.length() - 4);
    }

    /** Keeps the first character of a name; the rest becomes stars. */
    public static String name(String name) {
        if (name == null || name.length() <= 1) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
