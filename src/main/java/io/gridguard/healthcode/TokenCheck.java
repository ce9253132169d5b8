package io.gridguard.healthcode;

import java.time.Instant;

/** What a presented QR token turned out to be. Only a VALID token names a person (by opaque reference). */
public record TokenCheck(Status status, String reference, Colour colourAtIssue, Instant expiresAt) {

    public enum Status { VALID, EXPIRED, INVALID }

}
