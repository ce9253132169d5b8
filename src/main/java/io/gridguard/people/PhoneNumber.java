package io.gridguard.people;

import java.util.regex.Pattern;

import io.gridguard.shared.Problem;

/**
 * A phone number people can be reached at: a mainland mobile (11 digits from 13 to 19), a landline
 * with its area code, or an international number with its country code (foreign residents).
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{6,14}");

    public PhoneNumber {
        value = value == null ? "" : value.strip().replace(" ", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()
                && !INTERNATIONAL.matcher(value).matches()) {
            throw new Problem.Invalid("phone", "people.phone.invalid");
        }
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }
}
