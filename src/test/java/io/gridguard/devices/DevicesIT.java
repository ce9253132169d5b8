package io.gridguard.devices;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Devices registered to places; readings over HTTP and over the real Mosquitto broker; camera alerts and silence become events. */
class DevicesIT extends IntegrationTest {

    private record Device(long id, String key) {
    }

    private long checkpoint(ApiClient api) {
        return api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
    }

    private Device register(ApiClient api, String kind, int heartbeat) {
        var made = api.post("/api/v1/devices", api.token("community1"), Map.of("code", "D-" + UUID.randomUUID().toString().substring(0, 8),
                "kind", kind, "name", "卡口 1 " + kind, "placeId", checkpoint(api), "heartbeatSeconds", heartbeat));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return new Device(made.json().get("device").get("id").asLong(), made.json().get("key").asString());
    }

    private static ApiClient.Response reading(ApiClient api, Device device, String key, Map<String, Object> body) {
        return api.post("/api/v1/devices/" + device.id() + "/readings", null, body, "X-Device-Key", key);
    }

    @Test
    void aGateThermometersLatestReadingIsTheTemperatureOfTheNextScan() {
        ApiClient api = api();
        long checkpoint = checkpoint(api);
        long other = 0;
        for (JsonNode c : api.get("/api/v1/checkpoints", api.token("district")).json().get("items")) {
            other = c.get("id").asLong() != checkpoint ? c.get("id").asLong() : other;
        }
        var none = api.get("/api/v1/checkpoints/" + other + "/thermometer", api.token("district"));
        assertThat(none.status()).as("no thermometer there").isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("detail").asString()).contains("最近 30 秒内本卡口的测温设备没有读数");

        Device thermometer = register(api, "THERMOMETER", 300);
        assertThat(reading(api, thermometer, thermometer.key(), Map.of("type", "TEMPERATURE", "value", "36.9")).status()).isEqualTo(201);
        JsonNode read = api.get("/api/v1/checkpoints/" + checkpoint + "/thermometer", api.token("gate1")).json();
        assertThat(read.get("temperature").decimalValue()).isEqualByComparingTo("36.9");
        assertThat(api.get("/api/v1/checkpoints/" + checkpoint + "/thermometer", api.token("community2")).status())
                .as("another street's staff").isEqualTo(403);
        assertThat(browserless().loggedIn("gate1").get("/gate/thermometer", "Accept", "application/json").body()).contains("\"temperature\":\"36.9\"");
    }

    @Test
    void aDeviceIsRegisteredToAPlaceAndItsReadingsAreCheckedAndKept() {
        ApiClient api = api();
        Device thermometer = register(api, "THERMOMETER", 300);
        assertThat(thermometer.key()).startsWith("gd_");
        var bad = api.post("/api/v1/devices", api.token("community1"), Map.of("code", "x", "name", "", "placeId", 987654321));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("code", "kind", "name", "placeId");
        assertThat(api.post("/api/v1/devices", api.token("grid1"), Map.of("code", "D-grid", "kind", "CAMERA", "name", "x",
                "placeId", checkpoint(api))).status()).as("grid workers do not register devices").isEqualTo(403);

        assertThat(reading(api, thermometer, thermometer.key(), Map.of("type", "TEMPERATURE", "value", "36.6")).status()).isEqualTo(201);
        var wrongKey = reading(api, thermometer, "gd_wrong", Map.of("type", "TEMPERATURE", "value", "36.6"));
        assertThat(wrongKey.status()).isEqualTo(403);
        assertThat(wrongKey.contentType()).startsWith("application/problem+json");
        assertThat(reading(api, thermometer, thermometer.key(), Map.of("type", "TEMPERATURE", "value", "52")).json().get("errors").get(0)
                .get("message").asString()).isEqualTo("体温读数应为 30.0 到 45.0 之间的数字。");
        assertThat(reading(api, thermometer, thermometer.key(), Map.of("type", "SMOKE")).status()).isEqualTo(400);
        assertThat(reading(api, thermometer, thermometer.key(), Map.of("type", "HEARTBEAT", "at",
                Instant.now().plusSeconds(3600).toString())).json().get("errors").get(0).get("field").asString()).isEqualTo("at");

        JsonNode detail = api.get("/api/v1/devices/" + thermometer.id(), api.token("community1")).json();
        assertThat(detail.get("readings").findValuesAsString("value")).containsExactly("36.6");
        assertThat(detail.get("device").get("lastSeenAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/devices/" + thermometer.id(), api.token("community2")).status()).isEqualTo(404);
        assertThat(browserless().loggedIn("community1").get("/devices/" + thermometer.id()).body()).contains("36.6");

        // a gate thermometer reading a fever: one FEVER event for the health department, however often it reads it
        for (String value : List.of("38.4", "38.6")) {
            assertThat(reading(api, thermometer, thermometer.key(), Map.of("type", "TEMPERATURE", "value", value)).status()).isEqualTo(201);
        }
        String code = detail.get("device").get("code").asString();
        List<JsonNode> fevers = new java.util.ArrayList<>();
        api.get("/api/v1/events?category=FEVER&size=200", api.token("district")).json().get("items").forEach(e -> {
            if (e.get("description").asString().contains(code)) {
                fevers.add(e);
            }
        });
        assertThat(fevers).hasSize(1);
        assertThat(fevers.getFirst().get("description").asString()).contains("38.4");
        assertThat(fevers.getFirst().get("source").asString()).isEqualTo("DEVICE");
    }

    @Test
    void aCameraAlertOpensOneGatheringEventPerPlaceNotOnePerAlert() {
        ApiClient api = api();
        Device camera = register(api, "CAMERA", 300);
        String district = api.token("district");
        long before = api.get("/api/v1/events?category=GATHERING", district).json().get("total").asLong();
        assertThat(reading(api, camera, camera.key(), Map.of("type", "CAMERA_ALERT", "value", "药店门口聚集 35 人",
                "snapshot", "http://camera.local/snap/1.jpg")).status()).isEqualTo(201);
        assertThat(reading(api, camera, camera.key(), Map.of("type", "CAMERA_ALERT", "value", "药店门口聚集 41 人")).status()).isEqualTo(201);
        JsonNode gatherings = api.get("/api/v1/events?category=GATHERING", district).json();
        assertThat(gatherings.get("total").asLong()).as("one event for the place").isEqualTo(before + 1);
        JsonNode event = api.get("/api/v1/events/" + gatherings.get("items").get(0).get("id").asLong(), district).json();
        assertThat(event.get("source").asString()).isEqualTo("CAMERA");
        assertThat(event.get("departments").findValuesAsString("name")).containsExactly("区城管执法局", "区公安分局");
        assertThat(event.get("timeline").findValuesAsString("action")).containsExactly("REPORT", "AUTO_DISPATCH", "REPEAT");
    }

    @Test
    void aDeviceThatStopsSendingRaisesOneAlarm() throws Exception {
        ApiClient api = api();
        Device sensor = register(api, "DOOR_SENSOR", 10);
        reading(api, sensor, sensor.key(), Map.of("type", "HEARTBEAT"));
        JsonNode device = null;
        for (int i = 0; i < 60; i++) {
            device = api.get("/api/v1/devices/" + sensor.id(), api.token("community1")).json().get("device");
            if (device.get("silent").asBoolean()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(device.get("silent").asBoolean()).as("silent after its heartbeat and the grace").isTrue();
        String code = device.get("code").asString();
        long alarms = api.get("/api/v1/events?category=OTHER&size=200", api.token("district")).json().get("items").findValuesAsString("description")
                .stream().filter(d -> d.contains(code)).count();
        assertThat(alarms).isEqualTo(1);
        reading(api, sensor, sensor.key(), Map.of("type", "DOOR_OPEN", "value", "open"));
        assertThat(api.get("/api/v1/devices/" + sensor.id(), api.token("community1")).json().get("device").get("silent").asBoolean())
                .as("heard again").isFalse();
    }

    @Test
    void readingsComeOverMqttAndUnreadableMessagesAreKeptAside() throws Exception {
        boolean broker;
        try (Socket socket = new Socket("127.0.0.1", 1883)) {
            broker = true;
        } catch (java.io.IOException e) {
            broker = false;
        }
        if (!broker && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no MQTT broker on 127.0.0.1:1883");
        }
        Assumptions.assumeTrue(broker, "no MQTT broker on 127.0.0.1:1883 (apt-get install mosquitto); skipped outside CI");
        ApiClient api = api();
        Device sensor = register(api, "DOOR_SENSOR", 300);
        Mqtt5BlockingClient mqtt = Mqtt5Client.builder().identifier("test-" + UUID.randomUUID()).serverHost("127.0.0.1").serverPort(1883)
                .buildBlocking();
        mqtt.connect();
        try {
            String topic = "gridguard/devices/" + sensor.id() + "/readings";
            Map<String, Object> good = new HashMap<>(Map.of("type", "DOOR_OPEN", "value", "open", "key", sensor.key()));
            mqtt.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(ApiClient.JSON.writeValueAsBytes(good)).send();
            mqtt.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload("{not json".getBytes(StandardCharsets.UTF_8)).send();
            mqtt.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                    .payload("{\"type\":\"DOOR_OPEN\",\"key\":\"gd_stolen\"}".getBytes(StandardCharsets.UTF_8)).send();
            mqtt.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(ApiClient.JSON.writeValueAsBytes(good)).send();
        } finally {
            mqtt.disconnect();
        }
        JsonNode readings = null;
        for (int i = 0; i < 100; i++) {
            readings = api.get("/api/v1/devices/" + sensor.id(), api.token("community1")).json().get("readings");
            if (readings.size() >= 2) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(readings.findValuesAsString("channel")).as("both good messages, after the bad ones").containsExactly("MQTT", "MQTT");
        JsonNode rejected = api.get("/api/v1/devices/rejected-messages", api.token("district")).json().get("items");
        String topicOfSensor = "gridguard/devices/" + sensor.id() + "/readings";
        var mine = new java.util.ArrayList<JsonNode>();
        rejected.forEach(r -> {
            if (r.get("topic").asString().equals(topicOfSensor)) {
                mine.add(r);
            }
        });
        assertThat(mine).extracting(r -> r.get("reason").asString()).containsExactlyInAnyOrder("device.mqtt.json", "device.key.invalid");
        assertThat(mine).extracting(r -> r.get("payload").asString()).noneMatch(p -> p.contains("gd_stolen"));
        assertThat(api.get("/api/v1/devices/rejected-messages", api.token("community1")).status()).isEqualTo(403);
    }
}
