package io.gridguard.devices;

import java.time.Instant;

/** A thermometer's reading at a place: which device, the value as it sent it (checked to be 30.0–45.0), and when. */
public record PlaceTemperature(String deviceCode, String value, Instant at) {
}
