package io.gridguard.support;

/** Another base64url spelling of a QR token's same bytes, for checking that only the platform's own is accepted. */
public final class Respelled {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Respelled() {
    }

    /**
     * The token with the last character of its dot-separated part {@code index} (1 the payload, 2 the signature, 3 the
     * seal) changed in its unused low bits only, so that a lenient decoder reads the same bytes. A 64-byte signature's
     * or a 16-byte seal's last character carries 2 bits and 4 unused ones.
     */
    public static String part(String token, int index) {
        String[] parts = token.split("\\.", -1);
        String part = parts[index];
        int unusedBits = part.length() * 6 % 8;
        if (unusedBits == 0) {
            throw new IllegalArgumentException("part " + index + " has no unused bits: no other spelling of its bytes");
        }
        int last = ALPHABET.indexOf(part.charAt(part.length() - 1));
        int other = last ^ 1; // the lowest bit is always an unused one
        parts[index] = part.substring(0, part.length() - 1) + ALPHABET.charAt(other);
        return String.join(".", parts);
    }
}
