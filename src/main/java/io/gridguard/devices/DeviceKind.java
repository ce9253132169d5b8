package io.gridguard.devices;

/** What a device is. */
public enum DeviceKind {
    DOOR_SENSOR, THERMOMETER, CAMERA, OTHER;

    public String messageKey() {
        return "device.kind." + name();
    }
}
