package io.gridguard.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's gathering warning from scans: a place whose count in the window passes its threshold opens one event. */
class GatheringIT extends IntegrationTest {

    @Autowired
    Gatherings gatherings;

    @Test
    void aCheckpointBusierThanItsThresholdOpensOneGatheringEventForItsKindsDepartments() {
        ApiClient api = api();
        String command = api.token("district");
        long checkpoint = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        var bad = api.put("/api/v1/gathering-rules/CHECKPOINT", command, Map.of("threshold", 0, "windowMinutes", 15,
                "departments", List.of("NOPE")));
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("threshold", "departments");
        assertThat(api.put("/api/v1/gathering-rules/CHECKPOINT", api.token("community1"), Map.of("threshold", 5, "windowMinutes", 15,
                "departments", List.of("POLICE"))).status()).isEqualTo(403);
        JsonNode before = api.get("/api/v1/gathering-rules", command).json().get("items");
        assertThat(before.findValuesAsString("placeKind")).contains("CHECKPOINT", "COMPOUND");

        String idNumber = Ids.next();
        api.post("/api/v1/people", api.token("community1"), Map.of("name", "排队者", "idType", "RESIDENT_ID", "idNumber", idNumber,
                "gridId", fixtures.grid1().id()));
        long already = gatherings.count(checkpoint, Duration.ofMinutes(15), Instant.now(), Long.MAX_VALUE);
        try {
            assertThat(api.put("/api/v1/gathering-rules/CHECKPOINT", command, Map.of("threshold", already + 3, "windowMinutes", 15,
                    "departments", List.of("POLICE", "URBAN"))).status()).isEqualTo(200);
            assertThat(gatherings.check(Instant.now())).as("below the threshold").doesNotContain(eventOf(api, checkpoint));
            for (int i = 0; i < 3; i++) {
                api.post("/api/v1/checkpoints/" + checkpoint + "/scans", api.token("gate1"), Map.of("idNumber", idNumber,
                        "temperature", 36.5, "direction", "IN"));
            }
            List<Long> raised = gatherings.check(Instant.now().plusSeconds(1));
            long event = eventOf(api, checkpoint);
            assertThat(raised).contains(event);
            JsonNode opened = api.get("/api/v1/events/" + event, command).json();
            assertThat(opened.get("category").asString()).isEqualTo("GATHERING");
            assertThat(opened.get("source").asString()).isEqualTo("RULE");
            assertThat(opened.get("departments").toString()).contains("公安").contains("城管");
            assertThat(gatherings.check(Instant.now().plusSeconds(2))).as("one event per place and window").contains(event);
            assertThat(api.get("/api/v1/events/" + event, command).json().get("timeline").findValuesAsString("action")).contains("REPEAT");

            Instant later = Instant.now().plusSeconds(3);
            assertThat(gatherings.count(checkpoint, Duration.ofMinutes(15), later, Long.MAX_VALUE)).isGreaterThanOrEqualTo(already + 3);
            assertThat(gatherings.count(checkpoint, Duration.ofMinutes(15), later, 2)).as("counted no further than asked").isEqualTo(2);
            // threshold 1: the rule counts up to ten, and a place past that is said to be so, not counted on
            assertThat(api.put("/api/v1/gathering-rules/CHECKPOINT", command, Map.of("threshold", 1, "windowMinutes", 15,
                    "departments", List.of("POLICE"))).status()).isEqualTo(200);
            for (long i = gatherings.count(checkpoint, Duration.ofMinutes(15), later, 10); i < 10; i++) {
                api.post("/api/v1/checkpoints/" + checkpoint + "/scans", api.token("gate1"), Map.of("idNumber", idNumber,
                        "temperature", 36.5, "direction", "IN"));
            }
            assertThat(gatherings.check(Instant.now().plusSeconds(4))).contains(event);
            assertThat(api.get("/api/v1/events/" + event, command).json().get("timeline").findValuesAsString("note"))
                    .anyMatch(note -> note.endsWith("近 15 分钟扫码 10 人次以上（阈值 1）"));
        } finally {
            api.put("/api/v1/gathering-rules/CHECKPOINT", command, Map.of("threshold", 600, "windowMinutes", 15,
                    "departments", List.of("POLICE", "URBAN")));
        }
    }

    /** The open GATHERING event of the checkpoint, or -1. */
    private long eventOf(ApiClient api, long checkpoint) {
        String name = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("name").asString();
        for (JsonNode e : api.get("/api/v1/events?category=GATHERING&size=200", api.token("district")).json().get("items")) {
            if (e.get("description").asString().startsWith("人员聚集预警：" + name + " ")) {
                return e.get("id").asLong();
            }
        }
        return -1;
    }
}
