package io.gridguard.quarantine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as staff (in scope) and the person themself see it: the person masked, where they are, the day of the order,
 * the tests due and their results, the latest health reports and the timeline.
 */
public record OrderView(long id, long personId, String personName, String personIdNumber, OrderKind kind, OrderStatus status,
                        Long contactId, int policyVersion, LocalDate startDate, LocalDate plannedEnd, int day, int days,
                        Long siteId, String siteName, Long roomId, String roomNumber, Long householdId, long gridId,
                        String reason, String openedBy, Instant openedAt, String releasedBy, Instant releasedAt,
                        String releaseNote, boolean overridden, Long followsId, List<ScheduledTest> tests,
                        List<HealthReport> reports, List<Step> timeline) {

    public record ScheduledTest(int day, LocalDate dueDate, TestOutcome result, Instant resultAt, String recordedBy) {
    }

    public record HealthReport(long id, LocalDate date, Slot slot, BigDecimal temperature, String symptoms, boolean fever,
                               String source, String reportedBy, Instant at) {
    }

    public record Step(Instant at, String actor, String action, String note) {
    }
}
