package io.gridguard.quarantine;

import java.time.Instant;

import io.gridguard.shared.NodePath;

/**
 * An alarm raised about someone under an order that others should see as it happens: a door opened during home
 * quarantine, a fever reported (published in the transaction that raised it).
 */
public record QuarantineAlarm(long alertId, AlertKind kind, long orderId, NodePath path, Long eventId, Instant at) {
}
