package io.gridguard.quarantine;

import java.time.LocalDate;

/**
 * An order opened by hand: who, what kind, from when (today if absent), for how many days (the policy's if absent),
 * at which centralized site (optional: one can be chosen later), and why.
 */
public record NewOrder(Long personId, OrderKind kind, LocalDate startDate, Integer days, Long siteId, String reason) {
}
