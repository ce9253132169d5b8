package io.gridguard.quarantine;

import java.time.LocalDate;

/** An order in a list: the person masked, where, how far along, and whether today's reports are in. */
public record OrderSummary(long id, long personId, String personName, OrderKind kind, OrderStatus status, LocalDate startDate,
                           LocalDate plannedEnd, int day, Long siteId, Long roomId, String roomNumber, Long householdId, long gridId,
                           boolean morningReported, boolean afternoonReported) {
}
