package io.gridguard.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 for long random secrets (API keys, one-time codes bound to a phone): stored hashed, compared hashed. */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Bytes(text));
    }

    /** The digest itself, for a key that keeps fewer of its bits than 64 hex digits would (a QR token's use). */
    public static byte[] sha256Bytes(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
