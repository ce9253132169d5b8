package io.gridguard.devices.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.gridguard.devices.DeviceSettings;
import io.gridguard.devices.Devices;
import io.gridguard.devices.NewReading;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readings over MQTT: topic {@code gridguard/devices/{id}/readings}, the HTTP body's JSON plus the device's
 * {@code key}. Subscribed with QoS 1 in a session the broker keeps across restarts (with several instances, in a
 * shared-subscription group, so that one instance takes each message); a message is acknowledged only once stored (or
 * kept aside as unreadable), so the broker sends it again if this instance dies first. A message that cannot be read never stops the consumer.
 */
@Component
class MqttReadings implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MqttReadings.class);
    static final String TOPIC = "gridguard/devices/+/readings";
    private static final Pattern DEVICE = Pattern.compile("gridguard/devices/(\\d{1,18})/readings");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Devices devices;
    private final DeviceSettings settings;
    private volatile Mqtt5AsyncClient client;

    MqttReadings(Devices devices, DeviceSettings settings) {
        this.devices = devices;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (!settings.mqttEnabled() || client != null) {
            return;
        }
        Mqtt5AsyncClient mqtt = Mqtt5Client.builder().identifier(clientId())
                .serverHost(settings.mqttUrl().getHost()).serverPort(settings.mqttUrl().getPort() < 0 ? 1883 : settings.mqttUrl().getPort())
                .automaticReconnectWithDefaultConfig()
                .addConnectedListener(context -> log.info("MQTT connected to {}", settings.mqttUrl()))
                .addDisconnectedListener(context -> log.warn("MQTT disconnected from {}: {}", settings.mqttUrl(),
                        context.getCause().getMessage()))
                .buildAsync();
        // the handler first: a resumed session delivers what came while this instance was away as soon as it connects
        mqtt.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::handle, true);
        mqtt.connectWith().cleanStart(false).sessionExpiryInterval(TimeUnit.DAYS.toSeconds(1)).send()
                .thenCompose(connected -> mqtt.subscribeWith().topicFilter(topicFilter()).qos(MqttQos.AT_LEAST_ONCE).send())
                .whenComplete((subscribed, failure) -> {
                    if (failure != null) {
                        log.warn("MQTT: not subscribed yet ({}); retrying with the connection", failure.getMessage());
                    }
                });
        client = mqtt;
    }

    void handle(Mqtt5Publish message) {
        String topic = message.getTopic().toString();
        String payload = new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8);
        try {
            Matcher device = DEVICE.matcher(topic);
            if (!device.matches()) {
                keepAside(topic, payload, "device.mqtt.topic");
            } else {
                receive(Long.parseLong(device.group(1)), topic, payload);
            }
            message.acknowledge();
        } catch (RuntimeException storeFailed) {
            // the database is not there: leave the message with the broker, which sends it again
            log.error("MQTT reading on {} not stored; it stays with the broker", topic, storeFailed);
        }
    }

    private void receive(long deviceId, String topic, String payload) {
        JsonNode json;
        try {
            json = JSON.readTree(payload);
        } catch (RuntimeException unreadable) {
            keepAside(topic, payload, "device.mqtt.json");
            return;
        }
        if (json == null || !json.isObject()) {
            keepAside(topic, payload, "device.mqtt.json");
            return;
        }
        NewReading reading = new NewReading(text(json, "type"), text(json, "value"), text(json, "at"), text(json, "snapshot"));
        try {
            devices.receive(deviceId, text(json, "key"), reading, "MQTT");
        } catch (AccessDenied wrongKey) {
            keepAside(topic, payload, "device.key.invalid");
        } catch (Problem.Invalid invalid) {
            keepAside(topic, payload, invalid.fieldErrors().getFirst().messageKey());
        }
    }

    /** A message that cannot be used: logged, and kept with the reason (the device's key masked) for someone to look at. */
    private void keepAside(String topic, String payload, String reason) {
        log.warn("MQTT message on {} kept aside: {}", topic, reason);
        devices.reject("MQTT", topic, masked(payload), reason);
    }

    private static String masked(String payload) {
        return payload.replaceAll("\"key\"\\s*:\\s*\"[^\"]*\"", "\"key\":\"…\"");
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
    }

    private String topicFilter() {
        String group = settings.mqttShareGroup();
        return group == null || group.isBlank() ? TOPIC : "$share/" + group.strip() + "/" + TOPIC;
    }

    private String clientId() {
        if (settings.mqttClientId() != null && !settings.mqttClientId().isBlank()) {
            return settings.mqttClientId().strip();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(settings.dataDir().toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "gridguard-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void stop() {
        Mqtt5AsyncClient mqtt = client;
        if (mqtt != null) {
            client = null;
            try {
                // gone before a restart connects with the same id (the broker would close one of the two)
                mqtt.disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception notConnected) {
                log.debug("MQTT disconnect: {}", notConnected.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }
}
