package io.gridguard.devices;

/**
 * A reading as a device sends it (HTTP body or MQTT payload, the same JSON): its type, a value (a temperature in °C,
 * an alert's text), when (ISO-8601; now when missing), and optionally a snapshot (a link to the camera's picture).
 */
public record NewReading(String type, String value, String at, String snapshot) {
}
