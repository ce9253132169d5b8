package io.gridguard.devices;

/** A device just registered, with its key — shown this once, stored only as a hash. */
public record RegisteredDevice(DeviceView device, String key) {
}
