/**
 * Devices (物联感知): a registry of door sensors, thermometers and cameras bound to places, each with its own key;
 * readings over HTTP and MQTT, validated, stored, and published as {@link io.gridguard.devices.DeviceReading} for the
 * modules above (dispatch opens events from camera alerts; quarantine will watch door sensors and temperatures); a
 * device whose heartbeat stops raises {@link io.gridguard.devices.DeviceSilent} once.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction"})
package io.gridguard.devices;
