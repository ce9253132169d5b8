package io.gridguard.dispatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.PackagedApp;
import io.gridguard.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SLA deadline outlives the process: the application is killed before an event's accept deadline, stays down past
 * it, and once restarted escalates the event — the timer was a row in the database, not a thread.
 */
@ExtendWith(TestDatabase.class)
class EscalationRestartIT {

    private PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void aDeadlineThatPassedWhileTheServerWasDownStillEscalates() throws Exception {
        Path data = Files.createTempDirectory("gridguard-escalation");
        app = new PackagedApp(TestDatabase.freshDatabase("gridguard_escalation", data), data).start();
        ApiClient api = app.api();
        String command = api.token("district");
        assertThat(api.put("/api/v1/events/categories/MARKET", command, Map.of("departments", List.of("MARKET"), "acceptSeconds", 5,
                "onSiteSeconds", 600, "closeSeconds", 3600)).status()).isEqualTo(200);
        // the demo makes grids last, so the highest node id is a grid
        long gridId = api.get("/api/v1/jurisdiction", command).json().findValues("id").stream()
                .map(JsonNode::asLong).max(Long::compare).orElseThrow();
        var reported = api.post("/api/v1/events", api.token("district"), Map.of("category", "MARKET", "description", "药店哄抬价格",
                "gridId", gridId));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        long id = reported.json().get("id").asLong();
        Instant acceptBy = Instant.parse(reported.json().get("acceptBy").asString());

        app.kill();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), acceptBy).toMillis()) + 1_000);
        assertThat(Instant.now()).as("down past the deadline").isAfter(acceptBy);
        app.start();

        api = app.api();
        command = api.token("district");
        JsonNode event = null;
        for (int i = 0; i < 100; i++) {
            event = api.get("/api/v1/events/" + id, command).json();
            if (event.get("breached").asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(event.get("breached").asBoolean()).as("escalated after the restart").isTrue();
        assertThat(event.get("level").asString()).isNotEqualTo("COMMUNITY");
        assertThat(event.get("timeline").findValuesAsString("action")).contains("ESCALATE");
    }
}
