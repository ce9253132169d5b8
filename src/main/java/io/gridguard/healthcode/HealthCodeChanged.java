package io.gridguard.healthcode;

/** A person's code changed colour. */
public record HealthCodeChanged(long personId, Colour from, Colour to) {
}
