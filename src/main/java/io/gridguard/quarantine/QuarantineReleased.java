package io.gridguard.quarantine;

import io.gridguard.shared.NodePath;

/** An order ended: released when its conditions held, or by an override. */
public record QuarantineReleased(long orderId, long personId, OrderKind kind, Long householdId, NodePath path, boolean overridden) {
}
