package io.gridguard.cockpit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.RiskIndicator;
import io.gridguard.shared.NodePath;

/**
 * A compound or rental apartment on the risk map as last evaluated: its colour since {@code since}, the indicators it was
 * coloured by and why. {@code geometry}: its GeoJSON outline, or a point where it has none.
 */
public record RiskPlace(long placeId, String kind, String name, NodePath path, String geometry, Colour colour,
                        Map<RiskIndicator, Long> indicators, List<RiskReason> reasons, double score, Instant since,
                        Instant evaluatedAt, int policyVersion) {
}
