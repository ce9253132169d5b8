package io.gridguard.healthcode;

import java.time.Instant;

/** A freshly signed QR token and when it stops being accepted. */
public record IssuedToken(String token, Instant expiresAt) {
}
