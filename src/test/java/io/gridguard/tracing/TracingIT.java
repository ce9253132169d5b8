package io.gridguard.tracing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.healthcode.Colour;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md flow 2 up to the contacts: a case confirmed, co-presence suggests, tracers decide. */
class TracingIT extends IntegrationTest {

    @Autowired
    ScanRepository scans;

    private record Resident(long id, String idNumber) {
    }

    private Resident register(ApiClient api, String name) {
        String idNumber = Ids.next();
        long id = api.post("/api/v1/people", api.token("community1"), Map.of("name", name, "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", fixtures.grid1().id())).json().get("id").asLong();
        return new Resident(id, idNumber);
    }

    private long checkpoint(ApiClient api) {
        return api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
    }

    /** A pass through the gate some minutes ago, as the gate would have stored it then. */
    private void passedAgo(long checkpoint, long person, Duration ago) {
        scans.store(List.of(new ScanRow(checkpoint, person, Instant.now().minus(ago), Direction.IN, new BigDecimal("36.5"), null, "ID",
                Decision.PASS, Colour.GREEN, ScanReason.GREEN_CODE, "gate1", null)));
    }

    private String colour(ApiClient api, long person) {
        return api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("colour").asString();
    }

    private String status(ApiClient api, long contact, Map<String, Object> body) {
        var answer = api.post("/api/v1/contacts/" + contact + "/status", api.token("community1"), body);
        return answer.status() == 200 ? answer.json().get("status").asString() : String.valueOf(answer.status());
    }

    @Test
    void aCaseFindsWhoPassedTheSameGateWithinHalfAnHourAndTracersDecide() {
        ApiClient api = api();
        long gate = checkpoint(api);
        Resident patient = register(api, "病例甲");
        Resident near = register(api, "同行乙");
        Resident earlier = register(api, "早到丙");
        Resident later = register(api, "同行丁");
        assertThat(api.post("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"),
                Map.of("idNumber", patient.idNumber(), "temperature", 36.6, "direction", "IN")).json().get("decision").asString())
                .isEqualTo("PASS");
        passedAgo(gate, near.id(), Duration.ofMinutes(10));
        passedAgo(gate, later.id(), Duration.ofMinutes(20));
        passedAgo(gate, earlier.id(), Duration.ofMinutes(45));

        assertThat(api.post("/api/v1/cases", api.token("grid1"), Map.of("personId", patient.id(), "classification", "CONFIRMED",
                "source", "LOCAL")).status()).as("a grid worker does not confirm cases").isEqualTo(403);
        var bad = api.post("/api/v1/cases", api.token("community1"), Map.of("personId", patient.id(), "classification", "CONFIRMED",
                "source", "IMPORTED"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("originRegion");
        assertThat(colour(api, patient.id())).as("a refused case changes nothing").isEqualTo("GREEN");

        var created = api.post("/api/v1/cases", api.token("community1"), Map.of("personId", patient.id(), "classification", "CONFIRMED",
                "source", "LOCAL", "onsetDate", java.time.LocalDate.now().toString()));
        assertThat(created.status()).isEqualTo(201);
        long caseId = created.json().get("caseId").asLong();
        assertThat(colour(api, patient.id())).isEqualTo("RED");
        JsonNode suggested = created.json().get("contacts");
        assertThat(suggested.findValuesAsString("personId")).containsExactlyInAnyOrder(String.valueOf(near.id()), String.valueOf(later.id()));
        JsonNode first = suggested.get(0);
        assertThat(first.get("status").asString()).isEqualTo("SUGGESTED");
        assertThat(first.get("kind").asString()).isEqualTo("CLOSE");
        assertThat(first.get("evidence").asString()).contains("GATE");
        assertThat(colour(api, near.id())).as("a suggested contact is no longer green").isEqualTo("YELLOW");
        assertThat(colour(api, earlier.id())).as("45 minutes before is outside the window").isEqualTo("GREEN");
        assertThat(api.post("/api/v1/cases", api.token("community1"), Map.of("personId", patient.id(), "classification", "CONFIRMED",
                "source", "LOCAL")).status()).as("one case per person").isEqualTo(409);

        long nearContact = contactOf(api, caseId, near.id());
        long laterContact = contactOf(api, caseId, later.id());
        assertThat(status(api, nearContact, Map.of("status", "ENDED"))).as("a suggestion is confirmed or dismissed first").isEqualTo("409");
        assertThat(status(api, nearContact, Map.of("status", "UNDER_CONTROL"))).isEqualTo("UNDER_CONTROL");
        assertThat(colour(api, near.id())).as("a confirmed close contact").isEqualTo("RED");
        assertThat(api.get("/api/v1/contacts/" + nearContact, api.token("community1")).json().get("followUpUntil").isNull()).isFalse();
        assertThat(status(api, laterContact, Map.of("status", "DISMISSED"))).isEqualTo("DISMISSED");
        assertThat(colour(api, later.id())).as("a dismissed suggestion is recomputed").isEqualTo("GREEN");
        assertThat(status(api, nearContact, Map.of("status", "RETURNED"))).as("a return names the destination").isEqualTo("400");
        assertThat(status(api, nearContact, Map.of("status", "ENDED"))).isEqualTo("ENDED");
        assertThat(colour(api, near.id())).as("control ended").isEqualTo("GREEN");

        var entered = api.post("/api/v1/cases/" + caseId + "/contacts", api.token("community1"),
                Map.of("personId", earlier.id(), "kind", "CLOSE", "relationship", "同事", "exposurePlace", "食堂"));
        assertThat(entered.status()).isEqualTo(201);
        assertThat(entered.json().get("status").asString()).isEqualTo("UNDER_CONTROL");
        assertThat(colour(api, earlier.id())).isEqualTo("RED");
        assertThat(status(api, entered.json().get("id").asLong(), Map.of("status", "RETURNED", "destination", "温州市")))
                .isEqualTo("RETURNED");

        JsonNode detail = api.get("/api/v1/cases/" + caseId, api.token("community1")).json();
        assertThat(detail.get("detail").get("contacts").get("ENDED").asInt()).isEqualTo(1);
        assertThat(detail.get("detail").get("contacts").get("RETURNED").asInt()).isEqualTo(1);
        assertThat(detail.get("detail").get("contacts").get("DISMISSED").asInt()).isEqualTo(1);
        assertThat(detail.get("timeline").findValuesAsString("what")).startsWith("CONFIRMED", "SUGGESTED").contains("CONTACT_RETURNED");
        assertThat(api.get("/api/v1/cases/" + caseId, api.token("community2")).status()).as("another community").isEqualTo(403);
        assertThat(api.get("/api/v1/tracing/contacts-by-status", api.token("district")).json().get("RETURNED").asInt()).isPositive();

        JsonNode graph = api.get("/api/v1/tracing/graph?status=ENDED&status=RETURNED", api.token("community1")).json();
        assertThat(graph.get("links").findValuesAsString("status")).containsExactlyInAnyOrder("ENDED", "RETURNED");
        assertThat(graph.get("nodes").findValuesAsString("personId")).contains(String.valueOf(patient.id()), String.valueOf(near.id()));
        assertThat(api.get("/api/v1/tracing/graph", api.token("grid1")).status()).isEqualTo(403);

        WebSession page = browserless().loggedIn("community1");
        String body = page.get("/tracing/cases/" + caseId).body();
        assertThat(body).contains("病**").contains("结束管控").contains("退回").contains("温州市").contains("确认病例");
        assertThat(page.get("/tracing/cases").body()).contains("/tracing/cases/" + caseId);
    }

    @Test
    void theSecondHopSuggestsWhoMetAConfirmedContactAsSecondary() {
        ApiClient api = api();
        long gate = checkpoint(api);
        Resident patient = register(api, "病例戊");
        Resident contact = register(api, "密接己");
        Resident second = register(api, "次密庚");
        passedAgo(gate, patient.id(), Duration.ofMinutes(110));
        passedAgo(gate, contact.id(), Duration.ofMinutes(95));
        // 25 minutes after the contact, 40 after the case: only the second hop finds them
        passedAgo(gate, second.id(), Duration.ofMinutes(70));

        String since = java.net.URLEncoder.encode(Instant.now().minus(Duration.ofDays(3)).toString(), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode preview = api.get("/api/v1/tracing/co-presence?personId=" + patient.id() + "&since=" + since + "&hops=2",
                api.token("district")).json();
        assertThat(preview.get("firstDegree").asInt()).isEqualTo(1);
        assertThat(preview.get("secondDegree").asInt()).isEqualTo(1);
        assertThat(preview.get("met").findValuesAsString("personId")).containsExactly(String.valueOf(contact.id()), String.valueOf(second.id()));
        assertThat(colour(api, contact.id())).as("a preview writes nothing").isEqualTo("GREEN");
        assertThat(api.get("/api/v1/tracing/co-presence?personId=" + patient.id() + "&since=" + since + "&hops=3",
                api.token("district")).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tracing/co-presence?personId=" + patient.id() + "&since=2020-01-01T00:00:00Z",
                api.token("district")).status()).as("at most 28 days back").isEqualTo(400);
        assertThat(api.get("/api/v1/tracing/co-presence?personId=" + patient.id() + "&since=" + since,
                api.token("grid1")).status()).isEqualTo(403);

        var created = api.post("/api/v1/cases", api.token("district"), Map.of("personId", patient.id(), "classification", "ASYMPTOMATIC",
                "source", "IMPORTED", "originRegion", "湖北省武汉市"));
        long caseId = created.json().get("caseId").asLong();
        assertThat(created.json().get("contacts").findValuesAsString("personId")).containsExactly(String.valueOf(contact.id()));
        assertThat(status(api, contactOf(api, caseId, contact.id()), Map.of("status", "UNDER_CONTROL"))).isEqualTo("UNDER_CONTROL");

        var hop = api.post("/api/v1/cases/" + caseId + "/second-hop", api.token("district"), Map.of());
        assertThat(hop.status()).isEqualTo(200);
        assertThat(hop.json().get("items").findValuesAsString("personId")).containsExactly(String.valueOf(second.id()));
        assertThat(hop.json().get("items").get(0).get("kind").asString()).isEqualTo("SECONDARY");
        assertThat(colour(api, second.id())).isEqualTo("YELLOW");
        assertThat(status(api, contactOf(api, caseId, second.id()), Map.of("status", "UNDER_CONTROL"))).isEqualTo("UNDER_CONTROL");
        assertThat(colour(api, second.id())).as("a secondary contact under control stays yellow").isEqualTo("YELLOW");
    }

    private long contactOf(ApiClient api, long caseId, long person) {
        for (JsonNode c : api.get("/api/v1/cases/" + caseId + "/contacts", api.token("district")).json().get("items")) {
            if (c.get("personId").asLong() == person) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no contact for person " + person);
    }
}
