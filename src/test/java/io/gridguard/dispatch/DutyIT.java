package io.gridguard.dispatch;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A grid worker's day: visits in their grids, positions shared on duty, the day's track for them and the staff over them. */
class DutyIT extends IntegrationTest {

    @Test
    void visitsAndPositionsMakeTheDaysTrack() {
        ApiClient api = api();
        String worker = api.token("grid1");
        String command = api.token("district");
        long neighbour = api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=1", command).json().get("items").get(0)
                .get("id").asLong();
        long stranger = api.get("/api/v1/people?gridId=" + fixtures.foreignGrid().id() + "&size=1", command).json().get("items").get(0)
                .get("id").asLong();
        var visit = api.post("/api/v1/visits", worker, Map.of("kind", "DOOR", "personId", neighbour, "outcome", "MET", "note", "体温正常"));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat(visit.json().get("gridId").asLong()).isEqualTo(fixtures.grid1().id());
        assertThat(api.post("/api/v1/visits", worker, Map.of("kind", "CALL", "personId", stranger, "outcome", "MET")).status())
                .as("a person of another street").isEqualTo(403);
        assertThat(api.post("/api/v1/visits", worker, Map.of("kind", "DOOR", "outcome", "MET")).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("placeId");
        assertThat(api.post("/api/v1/visits", worker, Map.of("kind", "DOOR", "personId", neighbour, "outcome", "PROBLEM_FOUND")).json()
                .get("errors").get(0).get("message").asString()).isEqualTo("发现问题时请说明情况（并上报事件）。");
        assertThat(api.post("/api/v1/visits", api.token("community1"), Map.of("kind", "DOOR", "personId", neighbour, "outcome", "MET"))
                .status()).as("visits are grid workers'").isEqualTo(403);

        var grid = fixtures.grid1();
        for (int i = 2; i >= 0; i--) {
            Map<String, Object> position = new HashMap<>(Map.of("lat", grid.lat() + i * 0.0005, "lon", grid.lon(), "accuracy", 12.0,
                    "at", Instant.now().minusSeconds(60L * i).toString()));
            assertThat(api.post("/api/v1/me/positions", worker, position).status()).isEqualTo(204);
        }
        assertThat(api.post("/api/v1/me/positions", worker, Map.of("lat", 120.1, "lon", 30.2)).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/me/positions", worker, Map.of("lat", grid.lat(), "lon", grid.lon(),
                "at", Instant.now().plusSeconds(3600).toString())).json().get("errors").get(0).get("field").asString()).isEqualTo("at");

        JsonNode own = api.get("/api/v1/workers/grid1/track", worker).json();
        assertThat(own.get("points").size()).isGreaterThanOrEqualTo(3);
        assertThat(own.get("visits").findValuesAsString("note")).contains("体温正常");
        JsonNode seen = api.get("/api/v1/workers/grid1/track", api.token("community1")).json();
        assertThat(seen.get("points").size()).as("the community over the grid").isEqualTo(own.get("points").size());
        assertThat(api.get("/api/v1/workers/grid1/track", api.token("community2")).json().get("points").size())
                .as("another street's staff see nothing of it").isZero();
        assertThat(api.get("/api/v1/workers/grid1/track", api.token("grid2")).status()).as("another worker").isEqualTo(403);

        var page = browserless().loggedIn("grid1");
        assertThat(page.get("/duty").body()).contains("id=\"duty-toggle\"").contains("体温正常");
        assertThat(browserless().loggedIn("community1").get("/duty/track?worker=grid1").body()).contains("id=\"map\"")
                .contains("data-map=").contains(own.get("points").size() + " 个位置点");
    }
}
