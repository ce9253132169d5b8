package io.gridguard.support;

/** Another base64url spelling of a QR token's same bytes, for checking that only the platform's own is accepted. */
public final class Respelled {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Respelled() {
    }

    /**
     * The token with its last character changed in its unused low bits only: a 64-byte signature's last base64
     * character carries 2 bits and 4 unused ones, so a lenient decoder reads the same bytes.
     */
    public static String token(String token) {
        int last = ALPHABET.indexOf(token.charAt(token.length() - 1));
        return token.substring(0, token.length() - 1) + ALPHABET.charAt(last / 16 * 16 + (last % 16 + 1) % 16);
    }
}
