package io.gridguard.healthcode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Hangzhou, February 2020: a yellow code turns green after 7, a red after 14 consecutive days of normal check-ins. */
class CheckInRuleTests {

    private static final Instant NOW = Instant.parse("2020-02-28T02:00:00Z");   // 10:00 in Hangzhou
    private final HealthPolicy hangzhou = PolicyPreset.HANGZHOU_2020_02.apply(HealthPolicy.defaults());
    private final HealthPolicy ninth = PolicyPreset.NATIONAL_9TH.apply(HealthPolicy.defaults());

    private static HealthFact fact(FactKind kind, Instant at) {
        return new HealthFact(0, 1, kind, at, null, "test", null);
    }

    /** A fact {@code daysAgo} days before now, then one check-in a day (normal unless the day is in {@code abnormal}). */
    private static List<HealthFact> factThenCheckIns(FactKind kind, int daysAgo, int checkIns, int... abnormal) {
        List<HealthFact> facts = new ArrayList<>();
        Instant start = NOW.minus(Duration.ofDays(daysAgo));
        facts.add(fact(kind, start));
        for (int day = 1; day <= checkIns; day++) {
            int d = day;
            boolean bad = java.util.Arrays.stream(abnormal).anyMatch(a -> a == d);
            facts.add(fact(bad ? FactKind.CHECK_IN_ABNORMAL : FactKind.CHECK_IN_NORMAL, start.plus(Duration.ofDays(day))));
        }
        return facts;
    }

    @Test
    void theHangzhouPresetCountsCheckIns() {
        assertThat(hangzhou.yellowCheckInDays()).isEqualTo(7);
        assertThat(hangzhou.redCheckInDays()).isEqualTo(14);
        assertThat(hangzhou.checkInClears()).contains(FactKind.ARRIVAL_FROM_RISK_AREA, FactKind.CONTACT_CLOSE)
                .doesNotContain(FactKind.CASE_CONFIRMED, FactKind.CENTRALIZED_QUARANTINE, FactKind.TEST_POSITIVE);
        assertThat(ninth.yellowCheckInDays()).isZero();
    }

    @Test
    void sevenNormalDaysTurnAYellowArrivalGreen() {
        var six = CodeRules.assess(hangzhou, factThenCheckIns(FactKind.ARRIVAL_FROM_RISK_AREA, 8, 6), NOW);
        assertThat(six.colour()).isEqualTo(Colour.YELLOW);
        var seven = CodeRules.assess(hangzhou, factThenCheckIns(FactKind.ARRIVAL_FROM_RISK_AREA, 8, 7), NOW);
        assertThat(seven.colour()).isEqualTo(Colour.GREEN);
        assertThat(CodeRules.assess(ninth, factThenCheckIns(FactKind.ARRIVAL_FROM_RISK_AREA, 6, 5), NOW).colour())
                .as("the national plans end an arrival by its window, not by check-ins").isEqualTo(Colour.YELLOW);
    }

    @Test
    void aRedContactNeedsFourteen() {
        assertThat(CodeRules.assess(hangzhou, factThenCheckIns(FactKind.CONTACT_CLOSE, 15, 13), NOW).colour()).isEqualTo(Colour.RED);
        assertThat(CodeRules.assess(hangzhou, factThenCheckIns(FactKind.CONTACT_CLOSE, 15, 14), NOW).colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void anAbnormalDayBreaksTheRunAndIsYellowItself() {
        var broken = CodeRules.assess(hangzhou, factThenCheckIns(FactKind.ARRIVAL_FROM_RISK_AREA, 12, 10, 4), NOW);
        assertThat(broken.colour()).as("days 1-3 and 5-10: six in a row at most").isEqualTo(Colour.YELLOW);
        assertThat(broken.reasons()).contains(FactKind.ARRIVAL_FROM_RISK_AREA, FactKind.CHECK_IN_ABNORMAL);
        var recovered = CodeRules.assess(hangzhou, factThenCheckIns(FactKind.ARRIVAL_FROM_RISK_AREA, 13, 12, 4), NOW);
        assertThat(recovered.colour()).as("days 5-12 are eight in a row after both").isEqualTo(Colour.GREEN);
    }

    @Test
    void twoCheckInsOnOneDayAreOneDayAndCasesAreNotEndedByCheckIns() {
        List<HealthFact> facts = factThenCheckIns(FactKind.ARRIVAL_FROM_RISK_AREA, 9, 6);
        facts.add(fact(FactKind.CHECK_IN_NORMAL, facts.getLast().occurredAt().plus(Duration.ofHours(2))));
        assertThat(CodeRules.assess(hangzhou, facts, NOW).colour()).isEqualTo(Colour.YELLOW);
        assertThat(CodeRules.assess(hangzhou, factThenCheckIns(FactKind.CASE_CONFIRMED, 20, 19), NOW).colour()).isEqualTo(Colour.RED);
    }
}
