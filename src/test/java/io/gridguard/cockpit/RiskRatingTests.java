package io.gridguard.cockpit;

import java.util.EnumMap;
import java.util.Map;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.RiskIndicator;
import io.gridguard.healthcode.RiskThreshold;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskRatingTests {

    private static final Map<RiskIndicator, RiskThreshold> DEFAULTS = HealthPolicy.defaults().riskThresholds();

    private static Map<RiskIndicator, Long> values(long households, long floating, long home, long cases, long overdue) {
        Map<RiskIndicator, Long> v = new EnumMap<>(RiskIndicator.class);
        v.put(RiskIndicator.HOUSEHOLDS, households);
        v.put(RiskIndicator.FLOATING, floating);
        v.put(RiskIndicator.HOME_QUARANTINE, home);
        v.put(RiskIndicator.CASES, cases);
        v.put(RiskIndicator.OVERDUE_EVENTS, overdue);
        return v;
    }

    @Test
    void aQuietPlaceIsGreenWithoutReasons() {
        RiskRating rating = RiskRating.of(values(300, 40, 0, 0, 0), DEFAULTS);
        assertThat(rating.colour()).isEqualTo(Colour.GREEN);
        assertThat(rating.reasons()).isEmpty();
    }

    @Test
    void theWorstIndicatorGivesTheColourAndEveryIndicatorPastAThresholdIsAReason() {
        RiskRating yellow = RiskRating.of(values(300, 40, 1, 0, 0), DEFAULTS);
        assertThat(yellow.colour()).isEqualTo(Colour.YELLOW);
        assertThat(yellow.reasons()).containsExactly(new RiskReason(RiskIndicator.HOME_QUARANTINE, 1, Colour.YELLOW, 1));

        RiskRating red = RiskRating.of(values(300, 600, 2, 1, 0), DEFAULTS);
        assertThat(red.colour()).isEqualTo(Colour.RED);
        assertThat(red.reasons()).extracting(RiskReason::indicator)
                .containsExactly(RiskIndicator.CASES, RiskIndicator.FLOATING, RiskIndicator.HOME_QUARANTINE);
        assertThat(red.reasons().getFirst()).isEqualTo(new RiskReason(RiskIndicator.CASES, 1, Colour.RED, 1));
    }

    @Test
    void aThresholdIsReachedAtItsCountAndAnEmptyOneNeverColours() {
        RiskThreshold overdue = DEFAULTS.get(RiskIndicator.OVERDUE_EVENTS);
        assertThat(overdue.colourOf(0)).isEqualTo(Colour.GREEN);
        assertThat(overdue.colourOf(1)).isEqualTo(Colour.YELLOW);
        assertThat(overdue.colourOf(2)).isEqualTo(Colour.YELLOW);
        assertThat(overdue.colourOf(3)).isEqualTo(Colour.RED);
        assertThat(new RiskThreshold(null, null).colourOf(1_000_000)).isEqualTo(Colour.GREEN);
        assertThat(DEFAULTS.get(RiskIndicator.HOUSEHOLDS).colourOf(1_000_000)).as("size alone is never red").isEqualTo(Colour.YELLOW);
    }

    @Test
    void theFocusListRanksByColourThenByHowFarTowardsTheThreshold() {
        double redScore = RiskRating.of(values(10, 0, 0, 1, 0), DEFAULTS).score();
        double yellowFar = RiskRating.of(values(10, 0, 9, 0, 0), DEFAULTS).score();
        double yellowNear = RiskRating.of(values(10, 0, 1, 0, 0), DEFAULTS).score();
        double greenBusy = RiskRating.of(values(10, 450, 0, 0, 0), DEFAULTS).score();
        double greenQuiet = RiskRating.of(values(10, 10, 0, 0, 0), DEFAULTS).score();
        assertThat(redScore).isGreaterThan(yellowFar);
        assertThat(yellowFar).isGreaterThan(yellowNear);
        assertThat(yellowNear).isGreaterThan(greenBusy);
        assertThat(greenBusy).isGreaterThan(greenQuiet);
    }

    @Test
    void aPolicyStoredBeforeThresholdsExistedReadsWithTheDefaults() {
        HealthPolicy old = HealthPolicy.defaults();
        HealthPolicy without = new HealthPolicy(old.version(), old.red(), old.yellow(), old.windows(), old.clearedBy(), old.feverThreshold(),
                old.yellowPasses(), old.recheckClears(), old.centralizedDays(), old.homeDays(), old.yellowCheckInDays(),
                old.redCheckInDays(), old.checkInClears(), null, null, null, null, null, null, null);
        assertThat(without.riskThresholds()).isEqualTo(DEFAULTS);
        HealthPolicy partial = new HealthPolicy(old.version(), old.red(), old.yellow(), old.windows(), old.clearedBy(), old.feverThreshold(),
                old.yellowPasses(), old.recheckClears(), old.centralizedDays(), old.homeDays(), old.yellowCheckInDays(),
                old.redCheckInDays(), old.checkInClears(), null, null, null, null, null, null,
                Map.of(RiskIndicator.CASES, new RiskThreshold(null, 2)));
        assertThat(partial.riskThresholds()).hasSize(RiskIndicator.values().length);
        assertThat(partial.riskThresholds().get(RiskIndicator.FLOATING)).isEqualTo(new RiskThreshold(null, null));
    }
}
