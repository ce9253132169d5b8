package io.gridguard.quarantine;

import io.gridguard.shared.NodePath;

/** An order took effect (published in the transaction that opened it). */
public record QuarantineOpened(long orderId, long personId, OrderKind kind, Long householdId, NodePath path) {
}
