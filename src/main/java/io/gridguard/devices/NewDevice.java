package io.gridguard.devices;

/** A device to register: its code (printed on it), kind, name, the place it is bound to, and its heartbeat interval. */
public record NewDevice(String code, DeviceKind kind, String name, Long placeId, Integer heartbeatSeconds) {
}
