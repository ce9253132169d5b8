package io.gridguard.devices;

import java.time.Instant;

import io.gridguard.shared.NodePath;

/** A stored reading (a domain event, published in the transaction that stored it). */
public record DeviceReading(long readingId, long deviceId, String deviceCode, DeviceKind kind, long placeId, NodePath path,
                            ReadingType type, String value, Instant at, String snapshot) {
}
