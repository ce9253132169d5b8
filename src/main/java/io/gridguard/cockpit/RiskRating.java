package io.gridguard.cockpit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.RiskIndicator;
import io.gridguard.healthcode.RiskThreshold;

/**
 * A place's colour from its indicators: the worst any indicator reaches against the policy's thresholds, with the
 * indicators that reached it as reasons. {@code score} ranks the focus list: the colour first, then how far the place
 * is past (or towards) its nearest threshold.
 */
public record RiskRating(Colour colour, List<RiskReason> reasons, double score) {

    public static RiskRating of(Map<RiskIndicator, Long> values, Map<RiskIndicator, RiskThreshold> thresholds) {
        Colour worst = Colour.GREEN;
        List<RiskReason> reasons = new ArrayList<>();
        double nearest = 0;
        for (var entry : thresholds.entrySet()) {
            long value = values.getOrDefault(entry.getKey(), 0L);
            RiskThreshold threshold = entry.getValue();
            Colour colour = threshold.colourOf(value);
            if (colour != Colour.GREEN) {
                reasons.add(new RiskReason(entry.getKey(), value, colour, threshold.at(colour)));
                worst = rank(colour) > rank(worst) ? colour : worst;
            }
            Integer first = threshold.yellowAt() != null ? threshold.yellowAt() : threshold.redAt();
            if (first != null) {
                nearest = Math.max(nearest, (double) value / first);
            }
        }
        reasons.sort(Comparator.comparing((RiskReason r) -> -rank(r.colour())).thenComparing(RiskReason::indicator));
        return new RiskRating(worst, List.copyOf(reasons), rank(worst) * 1_000_000.0 + Math.min(nearest, 999_999));
    }

    static int rank(Colour colour) {
        return switch (colour) {
            case GREEN -> 0;
            case YELLOW -> 1;
            case RED -> 2;
        };
    }
}
