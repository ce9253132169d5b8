package io.gridguard.quarantine.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gridguard.quarantine.OrderView.ScheduledTest;
import io.gridguard.quarantine.TestOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseRulesTests {

    static final LocalDate START = LocalDate.of(2020, 2, 1);
    static final LocalDate END = START.plusDays(13);

    private static ScheduledTest test(int day, TestOutcome result) {
        return new ScheduledTest(day, START.plusDays(day - 1L), result, result == null ? null : Instant.EPOCH, result == null ? null : "doctor");
    }

    private static List<String> keys(List<ReleaseRules.Unmet> unmet) {
        return unmet.stream().map(ReleaseRules.Unmet::messageKey).toList();
    }

    @Test
    void anOrderWhoseDaysAreOverWithEveryTestNegativeAndNoFeverMayBeReleased() {
        var tests = List.of(test(1, TestOutcome.NEGATIVE), test(4, TestOutcome.NEGATIVE), test(7, TestOutcome.NEGATIVE),
                test(14, TestOutcome.NEGATIVE));
        assertThat(ReleaseRules.unmet(END, END, tests, false)).isEmpty();
        assertThat(ReleaseRules.unmet(END.plusDays(3), END, tests, false)).as("kept past its end").isEmpty();
    }

    @Test
    void eachMissingConditionIsNamed() {
        var tests = List.of(test(1, TestOutcome.NEGATIVE), test(4, null), test(7, null), test(14, null));
        var unmet = ReleaseRules.unmet(START.plusDays(5), END, tests, true);
        assertThat(keys(unmet)).containsExactly("quarantine.release.notDue", "quarantine.release.testsPending", "quarantine.release.fever");
        assertThat(unmet.getFirst().args()).containsExactly(END.toString());
        assertThat(unmet.get(1).args()).containsExactly("4、7、14");
    }

    @Test
    void aPositiveTestBlocksReleaseWhateverElseHolds() {
        var tests = List.of(test(1, TestOutcome.NEGATIVE), test(14, TestOutcome.POSITIVE));
        assertThat(keys(ReleaseRules.unmet(END, END, tests, false))).containsExactly("quarantine.release.positive");
    }

    @Test
    void theLastTestMustHaveItsResultEvenOnTheLastDay() {
        var tests = List.of(test(1, TestOutcome.NEGATIVE), test(14, null));
        assertThat(keys(ReleaseRules.unmet(END, END, tests, false))).containsExactly("quarantine.release.testsPending");
    }
}
