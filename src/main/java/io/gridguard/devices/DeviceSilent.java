package io.gridguard.devices;

import java.time.Instant;

import io.gridguard.shared.NodePath;

/** A device sent nothing for longer than its heartbeat allows (raised once until it is heard again). */
public record DeviceSilent(long deviceId, String deviceCode, DeviceKind kind, long placeId, NodePath path, Instant lastSeenAt) {
}
