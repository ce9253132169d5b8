package io.gridguard.devices;

/** What a reading says: a door opened, a temperature, a camera's AI alert, or only that the device is alive. */
public enum ReadingType {
    DOOR_OPEN, TEMPERATURE, CAMERA_ALERT, HEARTBEAT
}
