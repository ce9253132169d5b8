package io.gridguard.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md flow 9 (seed 002): a campaign, a mobile point, pooled tubes by risk, a positive pool recalled and retested. */
class TestingIT extends IntegrationTest {

    private record Resident(long id, String idNumber) {
    }

    private Resident register(ApiClient api, String name) {
        String idNumber = Ids.next();
        long id = api.post("/api/v1/people", api.token("community1"), Map.of("name", name, "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", fixtures.grid1().id())).json().get("id").asLong();
        return new Resident(id, idNumber);
    }

    private ApiClient.Response sample(ApiClient api, long campaign, long point, String tube, Resident who) {
        Map<String, Object> body = new HashMap<>(Map.of("campaignId", campaign, "pointId", point, "tube", tube, "idNumber", who.idNumber()));
        return api.post("/api/v1/testing/samples", api.token("doctor1"), body);
    }

    private String colour(ApiClient api, long person) {
        return api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("colour").asString();
    }

    @Test
    void tenGreenInOneTubeAPositivePoolIsRecalledAndARetestClearsIt() {
        ApiClient api = api();
        long community = fixtures.community1().id();
        assertThat(api.post("/api/v1/testing/campaigns", api.token("grid1"), Map.of("name", "全员核酸", "nodeId", community,
                "dueDate", LocalDate.now().plusDays(1).toString())).status()).isEqualTo(403);
        var campaign = api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "全员核酸", "nodeId", community,
                "dueDate", LocalDate.now().plusDays(2).toString()));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        long campaignId = campaign.json().get("id").asLong();
        long point = api.post("/api/v1/testing/points", api.token("district"), Map.of("name", "流动采样车", "kind", "MOBILE",
                "nodeId", community, "opens", "08:00", "closes", "18:00")).json().get("id").asLong();
        assertThat(api.get("/api/v1/testing/campaigns", api.token("doctor1")).json().get("items").findValuesAsString("name"))
                .contains("全员核酸");

        String pool = "T" + System.nanoTime();
        List<Resident> green = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            green.add(register(api, "采样" + i));
        }
        JsonNode last = null;
        for (int i = 0; i < 10; i++) {
            var taken = sample(api, campaignId, point, pool, green.get(i));
            assertThat(taken.status()).as(taken.body()).isEqualTo(201);
            last = taken.json();
        }
        assertThat(last.get("risk").asString()).isEqualTo("LOW");
        assertThat(last.get("inTube").asInt()).isEqualTo(10);
        assertThat(last.get("sealed").asBoolean()).isTrue();
        assertThat(sample(api, campaignId, point, pool, green.get(10)).status()).as("a full tube").isEqualTo(409);
        assertThat(sample(api, campaignId, point, "N" + System.nanoTime(), green.get(0)).status()).as("sampled once").isEqualTo(409);
        var bad = sample(api, campaignId, point, "no spaces!", green.get(10));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("tube");

        Resident red = register(api, "红码采样");
        api.post("/api/v1/health-code/facts", api.token("community1"), Map.of("personId", red.id(), "kind", "CASE_CONFIRMED", "source", "TRACING"));
        String single = "S" + System.nanoTime();
        assertThat(sample(api, campaignId, point, single + "x", green.get(10)).json().get("capacity").asInt()).isEqualTo(10);
        assertThat(sample(api, campaignId, point, single + "x", red).status()).as("a red code is not pooled with green").isEqualTo(409);
        JsonNode alone = sample(api, campaignId, point, single, red).json();
        assertThat(alone.get("risk").asString()).isEqualTo("HIGH");
        assertThat(alone.get("capacity").asInt()).isEqualTo(1);
        assertThat(alone.get("sealed").asBoolean()).isTrue();

        assertThat(api.post("/api/v1/testing/results", api.token("grid1"), Map.of("tube", pool, "result", "POSITIVE")).status()).isEqualTo(403);
        JsonNode positive = api.post("/api/v1/testing/results", api.token("doctor1"), Map.of("tube", pool, "result", "POSITIVE")).json();
        assertThat(positive.get("people").asInt()).isEqualTo(10);
        assertThat(positive.get("recalled").asInt()).isEqualTo(10);
        assertThat(api.post("/api/v1/testing/results", api.token("doctor1"), Map.of("tube", pool, "result", "NEGATIVE")).status())
                .as("one result per tube").isEqualTo(409);
        JsonNode code = api.get("/api/v1/people/" + green.get(3).id() + "/health-code", api.token("district")).json();
        assertThat(code.get("colour").asString()).isEqualTo("RED");
        assertThat(code.get("reasons").get(0).get("code").asString()).isEqualTo("POOL_POSITIVE");
        assertThat(api.get("/api/v1/testing/recalls", api.token("doctor1")).json().get("items").findValuesAsString("tube"))
                .filteredOn(pool::equals).hasSize(10);

        String retest = "R" + System.nanoTime();
        JsonNode again = sample(api, campaignId, point, retest, green.get(3)).json();
        assertThat(again.get("capacity").asInt()).as("recalled, red: alone in a tube").isEqualTo(1);
        api.post("/api/v1/testing/results", api.token("district"), Map.of("tube", retest, "result", "NEGATIVE"));
        assertThat(colour(api, green.get(3).id())).isEqualTo("GREEN");
        assertThat(api.get("/api/v1/testing/recalls", api.token("doctor1")).json().get("items").findValuesAsString("tube"))
                .as("the retested person's recall is done").filteredOn(pool::equals).hasSize(9);

        JsonNode coverage = api.get("/api/v1/testing/campaigns/" + campaignId + "/coverage", api.token("community1")).json().get("items");
        JsonNode grid1 = null;
        for (JsonNode grid : coverage) {
            grid1 = grid.get("gridId").asLong() == fixtures.grid1().id() ? grid : grid1;
        }
        assertThat(grid1.get("tested").asInt()).isEqualTo(12);
        assertThat(grid1.get("due").asInt()).isGreaterThanOrEqualTo(12);
        JsonNode perHour = api.get("/api/v1/testing/points/" + point + "/throughput", api.token("doctor1")).json();
        int total = 0;
        for (JsonNode hour : perHour) {
            total += hour.asInt();
        }
        assertThat(total).isEqualTo(13);
    }

    @Test
    void aLabsResultFileIsAppliedRowByRowAndEachRefusalIsReported() {
        ApiClient api = api();
        long community = fixtures.community1().id();
        long campaignId = api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "结果导入", "nodeId", community,
                "dueDate", LocalDate.now().plusDays(2).toString())).json().get("id").asLong();
        long point = api.post("/api/v1/testing/points", api.token("district"), Map.of("name", "固定点", "kind", "FIXED",
                "nodeId", community)).json().get("id").asLong();
        Resident person = register(api, "导入结果");
        String tube = "L" + System.nanoTime();
        assertThat(sample(api, campaignId, point, tube, person).status()).isEqualTo(201);
        String csv = "管号,结果\n" + tube + ",阴性\n" + "NOPE" + System.nanoTime() + ",阴性\n" + tube + ",阳性\n" + tube + ",待定\n";

        assertThat(api.upload("/api/v1/testing/results/import", api.token("grid1"), "r.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(403);
        JsonNode report = api.upload("/api/v1/testing/results/import", api.token("doctor1"), "r.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(report.get("applied").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("rows").findValuesAsString("status")).containsExactly("APPLIED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(report.get("rows").get(1).get("reason").asString()).contains("不存在");
        assertThat(report.get("rows").get(2).get("reason").asString()).as("one result per tube").contains("已有结果");
        assertThat(report.get("rows").get(3).get("reason").asString()).isEqualTo("结果应为 阴性 或 阳性。");
        assertThat(colour(api, person.id())).isEqualTo("GREEN");
    }

    @Test
    void organisersSetUpOnThePageAndTheLabEntersAResultThere() {
        ApiClient api = api();
        var district = browserless().loggedIn("district");
        String community = String.valueOf(fixtures.community1().id());
        assertThat(district.get("/testing").status()).isEqualTo(200);
        var refused = district.follow(district.post("/testing/campaigns", Map.of("name", "", "nodeId", community,
                "dueDate", LocalDate.now().plusDays(1).toString())));
        assertThat(refused.body()).as("a campaign without a name").contains("请填写名称");
        district.post("/testing/campaigns", Map.of("name", "页面任务", "nodeId", community, "dueDate", LocalDate.now().plusDays(1).toString()));
        district.post("/testing/points", Map.of("name", "页面固定点", "kind", "FIXED", "nodeId", community, "opens", "08:00", "closes", "17:00"));
        String home = district.get("/testing").body();
        assertThat(home).contains("页面任务").contains("页面固定点 · 固定采样点 · 08:00–17:00");

        long campaignId = -1;
        for (JsonNode c : api.get("/api/v1/testing/campaigns", api.token("doctor1")).json().get("items")) {
            campaignId = c.get("name").asString().equals("页面任务") ? c.get("id").asLong() : campaignId;
        }
        long point = -1;
        for (JsonNode p : api.get("/api/v1/testing/points", api.token("doctor1")).json().get("items")) {
            point = p.get("name").asString().equals("页面固定点") ? p.get("id").asLong() : point;
        }
        Resident person = register(api, "页面结果");
        String tube = "P" + System.nanoTime();
        assertThat(sample(api, campaignId, point, tube, person).status()).isEqualTo(201);

        var lab = browserless().loggedIn("doctor1");
        assertThat(lab.get("/testing").status()).isEqualTo(200);
        var done = lab.follow(lab.post("/testing/results", Map.of("tube", tube, "result", "NEGATIVE")));
        assertThat(done.body()).contains("采样管 " + tube + "：1 人已更新健康码，0 人待单管复检。");
        assertThat(lab.follow(lab.post("/testing/results", Map.of("tube", tube, "result", "NEGATIVE"))).body())
                .as("a second result is refused with a sentence").contains("已有结果");
        assertThat(lab.get("/testing/campaigns/" + campaignId).body()).contains("页面任务").contains("id=\"coverage\"");
    }
}
