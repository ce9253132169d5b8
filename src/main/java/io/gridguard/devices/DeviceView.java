package io.gridguard.devices;

import java.time.Instant;

/** A registered device as pages and the API show it (never its key). */
public record DeviceView(long id, String code, DeviceKind kind, String name, long placeId, long gridId, int heartbeatSeconds,
                         Instant lastSeenAt, boolean silent) {
}
