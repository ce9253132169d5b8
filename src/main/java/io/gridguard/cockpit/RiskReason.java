package io.gridguard.cockpit;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.RiskIndicator;

/** Why a place has its colour: an indicator at or past the count ({@code threshold}) that gives {@code colour}. */
public record RiskReason(RiskIndicator indicator, long value, Colour colour, int threshold) {
}
