package io.gridguard.healthcode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeRulesTests {

    private static final Instant NOW = Instant.parse("2020-02-20T08:00:00Z");
    private final HealthPolicy policy = HealthPolicy.defaults();

    private static HealthFact fact(FactKind kind, Duration ago) {
        return new HealthFact(0, 1, kind, NOW.minus(ago), null, "test", null);
    }

    @Test
    void noFactsIsGreen() {
        var code = CodeRules.assess(policy, List.of(), NOW);
        assertThat(code.colour()).isEqualTo(Colour.GREEN);
        assertThat(code.reasons()).isEmpty();
        assertThat(code.changesAt()).isNull();
    }

    @Test
    void aConfirmedCaseIsRedUntilCleared() {
        var code = CodeRules.assess(policy, List.of(fact(FactKind.CASE_CONFIRMED, Duration.ofDays(30))), NOW);
        assertThat(code.colour()).isEqualTo(Colour.RED);
        assertThat(code.reasons()).containsExactly(FactKind.CASE_CONFIRMED);
        assertThat(code.changesAt()).as("no window: only a new fact changes it").isNull();
    }

    @Test
    void aSuggestedContactIsYellowUntilATracerDecides() {
        var code = CodeRules.assess(policy, List.of(fact(FactKind.CONTACT_SUSPECTED, Duration.ofDays(20))), NOW);
        assertThat(code.colour()).isEqualTo(Colour.YELLOW);
        assertThat(code.reasons()).containsExactly(FactKind.CONTACT_SUSPECTED);
        assertThat(code.changesAt()).as("no window: confirmed or dismissed, not timed out").isNull();
    }

    @Test
    void redOutranksYellowAndOnlyTheRedReasonsAreGiven() {
        var code = CodeRules.assess(policy, List.of(fact(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(2)),
                fact(FactKind.CONTACT_CLOSE, Duration.ofDays(1))), NOW);
        assertThat(code.colour()).isEqualTo(Colour.RED);
        assertThat(code.reasons()).containsExactly(FactKind.CONTACT_CLOSE);
    }

    @Test
    void anArrivalFromARiskAreaIsYellowForTheWindowThenGreen() {
        var recent = CodeRules.assess(policy, List.of(fact(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(10))), NOW);
        assertThat(recent.colour()).isEqualTo(Colour.YELLOW);
        assertThat(recent.changesAt()).isEqualTo(NOW.plus(Duration.ofDays(4)));
        var old = CodeRules.assess(policy, List.of(fact(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(15))), NOW);
        assertThat(old.colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void aFeverIsYellowUntilANegativeTestAfterIt() {
        var fever = fact(FactKind.FEVER_AT_GATE, Duration.ofDays(2));
        assertThat(CodeRules.assess(policy, List.of(fever), NOW).colour()).isEqualTo(Colour.YELLOW);
        var negativeBefore = fact(FactKind.TEST_NEGATIVE, Duration.ofDays(3));
        assertThat(CodeRules.assess(policy, List.of(fever, negativeBefore), NOW).colour()).isEqualTo(Colour.YELLOW);
        var negativeAfter = fact(FactKind.TEST_NEGATIVE, Duration.ofDays(1));
        assertThat(CodeRules.assess(policy, List.of(fever, negativeAfter), NOW).colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void aClearedFactNoLongerCounts() {
        var released = new HealthFact(0, 1, FactKind.CENTRALIZED_QUARANTINE, NOW.minus(Duration.ofDays(14)),
                NOW.minus(Duration.ofHours(1)), "test", null);
        assertThat(CodeRules.assess(policy, List.of(released), NOW).colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void aFactInTheFutureDoesNotCountYet() {
        var later = new HealthFact(0, 1, FactKind.CASE_CONFIRMED, NOW.plusSeconds(60), null, "test", null);
        assertThat(CodeRules.assess(policy, List.of(later), NOW).colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void theFeverThresholdIsInclusive() {
        assertThat(policy.isFever(new java.math.BigDecimal("37.3"))).isTrue();
        assertThat(policy.isFever(new java.math.BigDecimal("37.2"))).isFalse();
    }
}
