package io.gridguard.quarantine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gridguard.quarantine.OrderView.ScheduledTest;
import io.gridguard.quarantine.TestOutcome;

/**
 * When an order may be released (DESIGN.md §3 flow 2): its planned days are over, every scheduled test due by now is
 * negative — the last one included — and no fever was reported in the last day. What is missing is named, so that a
 * refused release says why.
 */
public final class ReleaseRules {

    public record Unmet(String messageKey, Object... args) {
    }

    private ReleaseRules() {
    }

    public static List<Unmet> unmet(LocalDate today, LocalDate plannedEnd, List<ScheduledTest> tests, boolean recentFever) {
        List<Unmet> unmet = new ArrayList<>();
        if (today.isBefore(plannedEnd)) {
            unmet.add(new Unmet("quarantine.release.notDue", plannedEnd.toString()));
        }
        if (tests.stream().anyMatch(t -> t.result() == TestOutcome.POSITIVE)) {
            unmet.add(new Unmet("quarantine.release.positive"));
        }
        List<Integer> pending = tests.stream().filter(t -> t.result() != TestOutcome.NEGATIVE && t.result() != TestOutcome.POSITIVE)
                .map(ScheduledTest::day).toList();
        if (!pending.isEmpty()) {
            unmet.add(new Unmet("quarantine.release.testsPending", String.join("、", pending.stream().map(String::valueOf).toList())));
        }
        if (recentFever) {
            unmet.add(new Unmet("quarantine.release.fever"));
        }
        return unmet;
    }
}
