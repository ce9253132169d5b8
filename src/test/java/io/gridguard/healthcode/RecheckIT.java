package io.gridguard.healthcode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-check (DESIGN.md flow 5) through the API and the pages. */
class RecheckIT extends IntegrationTest {

    private static final List<Map<String, String>> ITINERARY = List.of(
            Map.of("place", "杭州市云溪区", "from", LocalDate.now().minusDays(10).toString(), "to", LocalDate.now().toString()));

    private long personWith(ApiClient api, String kind) {
        long id = api.post("/api/v1/people", api.token("community1"), Map.of("name", "复核人", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        if (kind != null) {
            assertThat(api.post("/api/v1/health-code/facts", api.token("community1"),
                    Map.of("personId", id, "kind", kind, "source", "UPPER_LEVEL_LIST")).status()).isEqualTo(201);
        }
        return id;
    }

    @Test
    void anApprovedRecheckClearsTheYellowReasonAndTheCodeTurnsGreen() {
        ApiClient api = api();
        long person = personWith(api, "ARRIVAL_FROM_RISK_AREA");
        String clerk = api.token("community1");
        var submitted = api.post("/api/v1/health-code/rechecks", clerk, Map.of("personId", person,
                "statement", "名单有误，本人未离开杭州", "itinerary", ITINERARY));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(submitted.json().get("colour").asString()).isEqualTo("YELLOW");
        long id = submitted.json().get("id").asLong();
        assertThat(api.post("/api/v1/health-code/rechecks", clerk, Map.of("personId", person, "statement", "again",
                "itinerary", ITINERARY)).status()).as("one pending at a time").isEqualTo(409);

        assertThat(api.post("/api/v1/health-code/rechecks/" + id + "/decision", api.token("community2"),
                Map.of("approve", true)).status()).as("another community").isEqualTo(403);
        var approved = api.post("/api/v1/health-code/rechecks/" + id + "/decision", clerk, Map.of("approve", true));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api.get("/api/v1/people/" + person + "/health-code", clerk).json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(api.post("/api/v1/health-code/rechecks/" + id + "/decision", clerk, Map.of("approve", false, "reason", "x"))
                .status()).as("decided once").isEqualTo(409);
    }

    @Test
    void aRedCaseCannotBeClearedByARecheckAndARejectionNeedsAReason() {
        ApiClient api = api();
        long person = personWith(api, "CASE_CONFIRMED");
        String clerk = api.token("community1");
        long id = api.post("/api/v1/health-code/rechecks", clerk, Map.of("personId", person, "statement", "误报",
                "itinerary", ITINERARY)).json().get("id").asLong();
        var approve = api.post("/api/v1/health-code/rechecks/" + id + "/decision", clerk, Map.of("approve", true));
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("code").asString()).isEqualTo("recheck.notClearable");
        assertThat(api.post("/api/v1/health-code/rechecks/" + id + "/decision", clerk, Map.of("approve", false)).status()).isEqualTo(400);
        var rejected = api.post("/api/v1/health-code/rechecks/" + id + "/decision", clerk, Map.of("approve", false, "reason", "确诊信息无误"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(api.get("/api/v1/people/" + person + "/health-code", clerk).json().get("colour").asString()).isEqualTo("RED");
    }

    @Test
    void aGreenCodeNeedsNoRecheckAndTheItineraryIsChecked() {
        ApiClient api = api();
        String clerk = api.token("community1");
        var green = api.post("/api/v1/health-code/rechecks", clerk, Map.of("personId", personWith(api, null), "statement", "x",
                "itinerary", ITINERARY));
        assertThat(green.status()).isEqualTo(409);
        long yellow = personWith(api, "TEST_MISSED");
        var empty = api.post("/api/v1/health-code/rechecks", clerk, Map.of("personId", yellow, "statement", "x", "itinerary", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("itinerary");
        var backwards = api.post("/api/v1/health-code/rechecks", clerk, Map.of("personId", yellow, "statement", "x", "itinerary",
                List.of(Map.of("place", "上海", "from", "2020-02-10", "to", "2020-02-01"))));
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("itinerary[0].to");
    }

    @Test
    void aResidentAsksOnTheirPhoneAndSeesTheClerksDecision() {
        var resident = ResidentLogin.signIn(browserless(), fixtures, 4);
        api().post("/api/v1/health-code/facts", api().token("district"),
                Map.of("personId", resident.personId(), "kind", "ARRIVAL_FROM_RISK_AREA", "source", "UPPER_LEVEL_LIST"));
        WebSession phone = resident.session();
        assertThat(phone.get("/resident/code").body()).contains("data-colour=\"YELLOW\"").contains("/resident/recheck");
        var sent = phone.post("/resident/recheck", Map.of("statement", "本人一直在杭州", "place", "云溪区",
                "from", LocalDate.now().minusDays(7).toString(), "to", LocalDate.now().toString()));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(phone.get("/resident/code").body()).contains("复核申请已提交").contains("待处理");

        WebSession clerk = browserless().loggedIn("community1");
        var queue = clerk.get("/health-code/rechecks");
        assertThat(queue.body()).contains("本人一直在杭州").contains("云溪区");
        String marker = "本人一直在杭州";
        int at = queue.body().indexOf(marker);
        var m = java.util.regex.Pattern.compile("/health-code/rechecks/(\\d+)/decision").matcher(queue.body());
        assertThat(m.find(at)).isTrue();
        var decided = clerk.post("/health-code/rechecks/" + m.group(1) + "/decision", Map.of("approve", "true"));
        assertThat(clerk.follow(decided).body()).contains("已通过").contains("复核平均用时");

        assertThat(phone.get("/resident/code").body()).contains("data-colour=\"GREEN\"").contains("已通过，健康码已重新计算");
    }
}
