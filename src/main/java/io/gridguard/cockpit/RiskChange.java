package io.gridguard.cockpit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.RiskIndicator;

/** A change of a place's colour ({@code from} null: its first evaluation) and what made it. */
public record RiskChange(Colour from, Colour to, Map<RiskIndicator, Long> indicators, List<RiskReason> reasons, int policyVersion,
                         Instant at) {
}
