package io.gridguard.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
        assertThat(api.get("/api/v1/alerts", api.token("district")).json().findValuesAsString("text"))
                .as("the cockpit's feed tells the positive pool").anyMatch(t -> t.contains(pool) && t.contains("10"));
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
            grid1 = grid.get("unit").asString().equals("GRID") && grid.get("id").asLong() == fixtures.grid1().id() ? grid : grid1;
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

    @Autowired
    Places places;

    private long placeIn(Long node, Long parent, PlaceKind kind, int index) {
        Caller district = new Caller("district", "district", Role.DISTRICT_COMMAND,
                List.of(new ScopeNode(NodeLevel.DISTRICT, fixtures.district().id())), null, null, null);
        return places.page(district, node, parent, kind, PageRequest.of(0, 20)).items().get(index).id();
    }

    private long registerIn(ApiClient api, String name, long household, List<String> tags, Resident[] into, int at) {
        String idNumber = Ids.next();
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "idType", "RESIDENT_ID", "idNumber", idNumber,
                "gridId", fixtures.grid1().id(), "tags", tags));
        if (household > 0) {
            body.put("householdId", household);
        }
        var created = api.post("/api/v1/people", api.token("community1"), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        into[at] = new Resident(created.json().get("id").asLong(), idNumber);
        return into[at].id();
    }

    @Test
    void aCampaignForOnePlaceOrOneTagCountsOnlyThePeopleItTargets() {
        ApiClient api = api();
        long community = fixtures.community1().id();
        long compound = placeIn(fixtures.grid1().id(), null, PlaceKind.COMPOUND, 0);
        long building1 = placeIn(null, compound, PlaceKind.BUILDING, 0);
        Resident[] people = new Resident[4];
        registerIn(api, "楼一住户", placeIn(null, building1, PlaceKind.HOUSEHOLD, 0), List.of(), people, 0);
        registerIn(api, "楼一邻居", placeIn(null, building1, PlaceKind.HOUSEHOLD, 0), List.of(), people, 1);
        registerIn(api, "独居老人", 0, List.of("ELDERLY_ALONE"), people, 2);
        registerIn(api, "其他居民", 0, List.of(), people, 3);
        long foreignCompound = placeIn(fixtures.foreignGrid().id(), null, PlaceKind.COMPOUND, 0);

        String due = LocalDate.now().plusDays(1).toString();
        var outside = api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "小区核酸", "nodeId", community,
                "placeId", foreignCompound, "dueDate", due));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("placeId");
        assertThat(api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "小区核酸", "nodeId", community,
                "placeId", 987_654_321, "dueDate", due)).json().get("errors").get(0).get("message").asString())
                .isEqualTo("地点 987654321 不存在。");
        var forPlace = api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "小区核酸", "nodeId", community,
                "placeId", compound, "dueDate", due));
        assertThat(forPlace.status()).as(forPlace.body()).isEqualTo(201);
        long placeCampaign = forPlace.json().get("id").asLong();
        long tagCampaign = api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "独居老人上门采样",
                "nodeId", community, "tag", "ELDERLY_ALONE", "dueDate", due)).json().get("id").asLong();
        long point = api.post("/api/v1/testing/points", api.token("district"), Map.of("name", "小区采样点", "kind", "FIXED",
                "nodeId", community)).json().get("id").asLong();

        assertThat(sample(api, placeCampaign, point, "P" + System.nanoTime(), people[0]).status()).isEqualTo(201);
        assertThat(sample(api, placeCampaign, point, "P" + System.nanoTime(), people[3]).status()).as("a walk-in").isEqualTo(201);
        JsonNode byBuilding = api.get("/api/v1/testing/campaigns/" + placeCampaign + "/coverage", api.token("community1")).json()
                .get("items");
        Map<Long, JsonNode> units = new HashMap<>();
        long tested = 0;
        for (JsonNode unit : byBuilding) {
            assertThat(unit.get("unit").asString()).isEqualTo("PLACE");
            units.put(unit.get("id").asLong(), unit);
            tested += unit.get("tested").asLong();
        }
        assertThat(units.get(building1).get("tested").asInt()).isEqualTo(1);
        assertThat(units.get(building1).get("due").asInt()).as("both registered in it, and whoever the demo put there")
                .isGreaterThanOrEqualTo(2);
        assertThat(tested).as("the walk-in from outside the compound is not counted").isEqualTo(1);

        assertThat(sample(api, tagCampaign, point, "E" + System.nanoTime(), people[2]).status()).isEqualTo(201);
        assertThat(sample(api, tagCampaign, point, "E" + System.nanoTime(), people[3]).status()).isEqualTo(201);
        JsonNode byGrid = api.get("/api/v1/testing/campaigns/" + tagCampaign + "/coverage", api.token("community1")).json().get("items");
        long taggedTested = 0;
        for (JsonNode unit : byGrid) {
            assertThat(unit.get("unit").asString()).isEqualTo("GRID");
            taggedTested += unit.get("tested").asLong();
            if (unit.get("id").asLong() == fixtures.grid1().id()) {
                assertThat(unit.get("due").asInt()).isPositive();
            }
        }
        assertThat(taggedTested).as("only the tagged person counts").isEqualTo(1);
        assertThat(browserless().loggedIn("district").get("/testing/campaigns/" + placeCampaign).body())
                .contains("楼栋").contains(units.get(building1).get("name").asString());
    }

    @Test
    void poolSizesAreRulesDistrictCommandPublishes() throws Exception {
        ApiClient api = api();
        String command = api.token("district");
        long community = fixtures.community1().id();
        long campaign = api.post("/api/v1/testing/campaigns", command, Map.of("name", "八合一", "nodeId", community,
                "dueDate", LocalDate.now().plusDays(1).toString())).json().get("id").asLong();
        long point = api.post("/api/v1/testing/points", command, Map.of("name", "八合一点", "kind", "FIXED", "nodeId", community))
                .json().get("id").asLong();
        tools.jackson.databind.node.ObjectNode policy = (tools.jackson.databind.node.ObjectNode) api.get("/api/v1/health-code/policy", command)
                .json().get("policy");
        assertThat(policy.get("lowRiskPool").asInt()).isEqualTo(10);
        try {
            policy.put("lowRiskPool", 8);
            assertThat(api.post("/api/v1/health-code/policy", command, Map.of("policy", policy, "note", "8 in 1")).status()).isEqualTo(201);
            waitForRecompute(api, command);
            JsonNode taken = sample(api, campaign, point, "G" + System.nanoTime(), register(api, "八合一")).json();
            assertThat(taken.get("capacity").asInt()).as("a green person's new tube takes 8").isEqualTo(8);
        } finally {
            policy.put("lowRiskPool", 10);
            api.post("/api/v1/health-code/policy", command, Map.of("policy", policy, "note", "10 in 1"));
            waitForRecompute(api, command);
        }
    }

    private static void waitForRecompute(ApiClient api, String command) throws InterruptedException {
        for (int i = 0; i < 200 && !api.get("/api/v1/health-code/policy", command).json().get("recompute").hasNonNull("finishedAt"); i++) {
            Thread.sleep(100);
        }
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
