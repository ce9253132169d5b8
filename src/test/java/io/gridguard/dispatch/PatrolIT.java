package io.gridguard.dispatch;

import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's daily patrols: a spot with its checklist, checked by the grid worker; a hazard becomes an event, rectified when closed. */
class PatrolIT extends IntegrationTest {

    @Test
    void aHazardFoundOnPatrolIsAnEventAndCountsAsRectifiedWhenClosed() {
        ApiClient api = api();
        String clerk = api.token("community1");
        String worker = api.token("grid1");
        long place = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        var bad = api.post("/api/v1/patrol-spots", clerk, Map.of("placeId", place, "name", "", "checklist", List.of()));
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("name", "checklist");
        assertThat(api.post("/api/v1/patrol-spots", worker, Map.of("placeId", place, "name", "x", "checklist", List.of("a"))).status())
                .as("spots are set up by staff").isEqualTo(403);
        JsonNode spot = api.post("/api/v1/patrol-spots", clerk, Map.of("placeId", place, "name", "农贸市场入口",
                "checklist", List.of("人员聚集", "未戴口罩", "未扫码测温"))).json();
        long id = spot.get("id").asLong();
        JsonNode before = api.get("/api/v1/patrols/figures", clerk).json();

        assertThat(api.post("/api/v1/patrol-spots/" + id + "/checks", worker, Map.of("failedItems", List.of("乱停车"))).json()
                .get("errors").get(0).get("message").asString()).isEqualTo("“乱停车”不是该巡查点的检查项。");
        JsonNode ok = api.post("/api/v1/patrol-spots/" + id + "/checks", worker, Map.of("failedItems", List.of())).json();
        assertThat(ok.get("hazard").asBoolean()).isFalse();
        JsonNode hazard = api.post("/api/v1/patrol-spots/" + id + "/checks", worker, Map.of("method", "VIDEO",
                "failedItems", List.of("人员聚集", "未戴口罩"), "note", "门口排队约 30 人")).json();
        assertThat(hazard.get("method").asString()).isEqualTo("VIDEO");
        assertThat(ok.get("method").asString()).as("on foot unless said").isEqualTo("FOOT");
        assertThat(hazard.get("hazard").asBoolean()).isTrue();
        long event = hazard.get("eventId").asLong();
        JsonNode opened = api.get("/api/v1/events/" + event, clerk).json();
        assertThat(opened.get("category").asString()).isEqualTo("HAZARD");
        assertThat(opened.get("description").asString()).isEqualTo("农贸市场入口（视频巡查）：人员聚集、未戴口罩。门口排队约 30 人");
        assertThat(api.post("/api/v1/patrol-spots/" + id + "/checks", api.token("grid2"), Map.of("failedItems", List.of())).status())
                .as("another grid's spot").isEqualTo(404);

        JsonNode during = api.get("/api/v1/patrols/figures", clerk).json();
        assertThat(during.get("spots").asInt()).isEqualTo(before.get("spots").asInt());
        assertThat(during.get("hazards").asInt() - before.get("hazards").asInt()).isEqualTo(1);
        assertThat(during.get("rectified").asInt() - before.get("rectified").asInt()).isZero();

        // the demo has a handler for the health department only: the district sends the hazard there, it is handled and fed back,
        // and the grid worker who found it confirms
        long health = api.get("/api/v1/departments", clerk).json().get("items").get(0).get("id").asLong();
        api.post("/api/v1/events/" + event + "/actions", api.token("district"), Map.of("action", "DISPATCH", "departmentIds", List.of(health)));
        String handler = api.token("dept-health");
        api.post("/api/v1/events/" + event + "/actions", handler, Map.of("action", "ACCEPT"));
        api.post("/api/v1/events/" + event + "/actions", handler, Map.of("action", "START"));
        api.post("/api/v1/events/" + event + "/actions", handler, Map.of("action", "FEEDBACK", "note", "到场疏导，已整改"));
        assertThat(api.post("/api/v1/events/" + event + "/actions", worker, Map.of("action", "CLOSE")).json().get("state").asString())
                .isEqualTo("CLOSED");
        JsonNode after = api.get("/api/v1/patrols/figures", clerk).json();
        assertThat(after.get("rectified").asInt() - before.get("rectified").asInt()).as("its event closed").isEqualTo(1);

        JsonNode listed = api.get("/api/v1/patrol-spots?size=200", worker).json();
        assertThat(listed.get("total").asLong()).as("the list shape").isPositive();
        JsonNode spots = listed.get("items");
        JsonNode mine = null;
        for (JsonNode s : spots) {
            mine = s.get("id").asLong() == id ? s : mine;
        }
        assertThat(mine.get("today").get("hazard").asBoolean()).as("the latest check of the day").isTrue();
        assertThat(browserless().loggedIn("grid1").get("/patrols").body()).contains("农贸市场入口").contains("name=\"failed\"");
    }
}
