package io.gridguard.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.TestDatabase;
import io.gridguard.support.TwoInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one PostgreSQL database, both polling the persistent timers: every deadline escalates its
 * event once — the timer row is taken by one instance, never by both. (H2 is an embedded file one process opens, so this
 * runs on PostgreSQL only.)
 */
@ExtendWith(TestDatabase.class)
class EscalationTwoInstancesIT {

    @RegisterExtension
    final TwoInstances instances = new TwoInstances();

    @Test
    void eachDeadlineEscalatesOnceWithTwoInstances() throws Exception {
        // one data folder: the same token and signing keys, so a token from one instance is good on the other
        instances.start("gridguard_two_instances");
        ApiClient one = instances.first().api();
        ApiClient two = instances.second().api();
        String command = one.token("district");
        assertThat(one.put("/api/v1/events/categories/MARKET", command, Map.of("departments", List.of("MARKET"), "acceptSeconds", 3,
                "onSiteSeconds", 600, "closeSeconds", 3600)).status()).isEqualTo(200);
        long gridId = one.get("/api/v1/jurisdiction", command).json().findValues("id").stream()
                .map(JsonNode::asLong).max(Long::compare).orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApiClient via = i % 2 == 0 ? one : two;
            var reported = via.post("/api/v1/events", command, Map.of("category", "MARKET", "description", "两实例测试 " + i, "gridId", gridId));
            assertThat(reported.status()).as(reported.body()).isEqualTo(201);
            ids.add(reported.json().get("id").asLong());
        }
        // 3 s to the street, 3 s more to the district, 3 s more overdue there; then no deadline is left to miss
        Thread.sleep(14_000);
        for (long id : ids) {
            JsonNode event = two.get("/api/v1/events/" + id, command).json();
            List<String> escalations = new ArrayList<>();
            for (JsonNode step : event.get("timeline")) {
                if (List.of("ESCALATE", "OVERDUE").contains(step.get("action").asString())) {
                    escalations.add(step.get("note").asString());
                }
            }
            // each deadline once: to the street, to the district, and the district's own deadline missed once more
            assertThat(escalations).as("event " + id).containsExactly("ACCEPT → STREET", "ACCEPT → DISTRICT", "ACCEPT @ DISTRICT");
            assertThat(event.get("level").asString()).isEqualTo("DISTRICT");
        }
    }
}
