package io.gridguard.devices;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mqttEnabled  whether readings are also taken from MQTT
 * @param mqttUrl      the broker (Mosquitto on this machine)
 * @param mqttClientId this instance's MQTT identity; empty: derived from the data folder, so that it is the same after a
 *                     restart (the broker keeps its session and the messages that came meanwhile) and differs between
 *                     installations
 * @param dataDir      the data folder (for the derived client id)
 * @param silentGraceSeconds how far past its heartbeat a device may be before it counts as silent
 * @param mqttShareGroup several instances: a shared-subscription group, so that one instance takes each message (the
 *                       broker may queue a share for a member that is down until it returns); empty: one instance
 *                       takes every message
 */
@ConfigurationProperties("gridguard.devices")
public record DeviceSettings(@DefaultValue("true") boolean mqttEnabled, @DefaultValue("tcp://127.0.0.1:1883") URI mqttUrl,
                             String mqttClientId, @DefaultValue("./data") Path dataDir,
                             @DefaultValue("30") int silentGraceSeconds, String mqttShareGroup) {
}
