package io.gridguard.healthcode;

import java.time.Instant;

/** A published policy version: who published it, when, from which preset, and why. */
public record PolicyVersion(int version, String preset, String note, String publishedBy, Instant publishedAt) {
}
