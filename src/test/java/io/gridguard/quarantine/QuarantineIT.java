package io.gridguard.quarantine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md flow 2 from the contact to release, and flow 4's reports, reminders, alerts and devices. */
class QuarantineIT extends IntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    HealthReports reports;

    @Autowired
    QuarantineSites sites;

    private long register(ApiClient api, String name, Long household) {
        Map<String, Object> person = new java.util.HashMap<>(Map.of("name", name, "idType", "RESIDENT_ID", "idNumber", Ids.next(),
                "gridId", fixtures.grid1().id()));
        if (household != null) {
            person.put("householdId", household);
        }
        var made = api.post("/api/v1/people", api.token("community1"), person);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    @Autowired
    io.gridguard.jurisdiction.Places places;

    /** The n-th household of grid 1 (the test district has three): each test of this class uses its own. */
    private long household(ApiClient api, int n) {
        var grid = fixtures.grid1();
        var caller = new io.gridguard.shared.Caller("test", "test", io.gridguard.shared.Role.DISTRICT_COMMAND,
                List.of(fixtures.jurisdictions().scopeNode(grid.id())), null, null, null);
        return places.page(caller, grid.id(), null, io.gridguard.jurisdiction.PlaceKind.HOUSEHOLD, new io.gridguard.shared.PageRequest(0, 50))
                .items().get(n).id();
    }

    private String colour(ApiClient api, long person) {
        return api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("colour").asString();
    }

    private JsonNode orderOf(ApiClient api, long person, String token) {
        JsonNode items = api.get("/api/v1/quarantine/orders?personId=" + person + "&status=ACTIVE", token).json().get("items");
        assertThat(items.size()).as("one active order").isEqualTo(1);
        return api.get("/api/v1/quarantine/orders/" + items.get(0).get("id").asLong(), token).json();
    }

    private static void waitForRecompute(ApiClient api, String command) throws InterruptedException {
        for (int i = 0; i < 200 && !api.get("/api/v1/health-code/policy", command).json().get("recompute").hasNonNull("finishedAt"); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void aCloseContactGoesFromOrderToRoomToReportsToReleaseAndTheCodeFollows() throws Exception {
        ApiClient api = api();
        String command = api.token("district");
        ObjectNode policy = (ObjectNode) api.get("/api/v1/health-code/policy", command).json().get("policy");
        ObjectNode original = policy.deepCopy();
        try {
            // a one-day centralized stay with a test on day 1, then a day of home monitoring: the flow runs within one test
            policy.put("centralizedDays", 1);
            policy.put("homeDays", 1);
            policy.putArray("quarantineTestDays").add(1);
            assertThat(api.post("/api/v1/health-code/policy", command, Map.of("policy", policy, "note", "short stay")).status()).isEqualTo(201);
            waitForRecompute(api, command);

            long patient = register(api, "病例戊", null);
            long contact = register(api, "密接己", null);
            long caseId = api.post("/api/v1/cases", api.token("community1"), Map.of("personId", patient, "classification", "CONFIRMED",
                    "source", "LOCAL", "onsetDate", LocalDate.now(ZONE).toString())).json().get("caseId").asLong();
            // exposed yesterday morning: the stay counts from yesterday
            LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
            var entered = api.post("/api/v1/cases/" + caseId + "/contacts", api.token("community1"),
                    Map.of("personId", contact, "kind", "CLOSE", "relationship", "同事", "exposurePlace", "食堂",
                            "exposureAt", yesterday.atTime(8, 0).atZone(ZONE).toInstant().toString()));
            assertThat(entered.status()).isEqualTo(201);
            assertThat(colour(api, contact)).isEqualTo("RED");

            JsonNode order = orderOf(api, contact, api.token("community1"));
            long id = order.get("id").asLong();
            assertThat(order.get("kind").asString()).isEqualTo("CENTRALIZED");
            assertThat(order.get("days").asInt()).isEqualTo(1);
            assertThat(order.get("startDate").asString()).as("from the day of the exposure").isEqualTo(yesterday.toString());
            assertThat(order.get("tests").findValuesAsString("day")).containsExactly("1");
            assertThat(order.get("reason").asString()).contains("密切接触者");

            JsonNode sites = api.get("/api/v1/quarantine/sites", api.token("site1")).json().get("items");
            assertThat(sites.size()).as("a site's staff see their site").isEqualTo(1);
            long site = sites.get(0).get("siteId").asLong();
            assertThat(api.get("/api/v1/quarantine/orders/" + id, api.token("site1")).status()).as("not sent to the site yet").isEqualTo(404);
            assertThat(api.post("/api/v1/quarantine/orders/" + id + "/site", api.token("community1"), Map.of("siteId", site)).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/quarantine/orders/" + id + "/site", command, Map.of("siteId", site)).json().get("siteId").asLong())
                    .isEqualTo(site);

            JsonNode here = api.get("/api/v1/quarantine/sites/" + site, api.token("site1")).json();
            assertThat(here.get("arrivals").findValuesAsString("id")).contains(String.valueOf(id));
            long room = -1;
            for (JsonNode r : here.get("rooms")) {
                if (r.get("status").asString().equals("FREE")) {
                    room = r.get("id").asLong();
                    break;
                }
            }
            JsonNode roomed = api.post("/api/v1/quarantine/orders/" + id + "/room", api.token("site1"), Map.of("roomId", room)).json();
            assertThat(roomed.get("roomId").asLong()).isEqualTo(room);
            String roomNumber = roomed.get("roomNumber").asString();

            var bad = api.post("/api/v1/quarantine/orders/" + id + "/reports", api.token("site1"), Map.of("temperature", 50, "symptoms",
                    List.of("SNEEZING")));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("temperature", "symptoms");
            assertThat(bad.json().get("errors").get(0).get("message").asString()).isEqualTo("请填写 34.0 到 43.0 之间的体温（℃）。");
            assertThat(api.post("/api/v1/quarantine/orders/" + id + "/reports", api.token("grid1"), Map.of("temperature", 36.5)).status())
                    .as("grid workers do not enter reports").isEqualTo(403);
            // twice a day: the site's medical staff enter yesterday's morning and afternoon rounds; the community doctor one now
            for (LocalTime at : List.of(LocalTime.of(9, 0), LocalTime.of(15, 0))) {
                assertThat(api.post("/api/v1/quarantine/orders/" + id + "/reports", api.token("site1"), Map.of("temperature", 36.5,
                        "measuredAt", yesterday.atTime(at).atZone(ZONE).toInstant().toString())).status()).isEqualTo(201);
            }
            assertThat(api.post("/api/v1/quarantine/orders/" + id + "/reports", api.token("doctor1"), Map.of("temperature", 36.7,
                    "symptoms", List.of("COUGH"))).status()).isEqualTo(201);
            JsonNode reported = api.get("/api/v1/quarantine/orders/" + id, api.token("site1")).json().get("reports");
            List<String> yesterdays = new ArrayList<>();
            reported.forEach(r -> {
                if (r.get("date").asString().equals(yesterday.toString())) {
                    yesterdays.add(r.get("slot").asString());
                }
            });
            assertThat(yesterdays).containsExactlyInAnyOrder("MORNING", "AFTERNOON");

            var early = api.post("/api/v1/quarantine/orders/" + id + "/release", api.token("site1"), Map.of());
            assertThat(early.status()).as("the day-1 test has no result").isEqualTo(409);
            assertThat(early.json().get("detail").asString()).isEqualTo("第 1 天的检测尚无阴性结果。");
            assertThat(api.get("/api/v1/quarantine/orders/" + id + "/release", api.token("site1")).json().get("releasable").asBoolean()).isFalse();
            assertThat(api.post("/api/v1/quarantine/orders/" + id + "/tests", api.token("site1"), Map.of("day", 4, "result", "NEGATIVE"))
                    .status()).isEqualTo(400);
            api.post("/api/v1/quarantine/orders/" + id + "/tests", api.token("site1"), Map.of("day", 1, "result", "NEGATIVE"));
            assertThat(api.get("/api/v1/quarantine/orders/" + id + "/release", api.token("site1")).json().get("releasable").asBoolean()).isTrue();

            JsonNode released = api.post("/api/v1/quarantine/orders/" + id + "/release", api.token("site1"), Map.of("note", "期满检测阴性"))
                    .json();
            assertThat(released.get("status").asString()).isEqualTo("RELEASED");
            assertThat(released.get("timeline").findValuesAsString("action")).containsSubsequence("OPEN", "SITE", "ROOM", "TEST", "RELEASE");
            JsonNode after = api.get("/api/v1/quarantine/sites/" + site, api.token("site1")).json();
            for (JsonNode r : after.get("rooms")) {
                if (r.get("id").asLong() == room) {
                    assertThat(r.get("status").asString()).as("room " + roomNumber + " is cleaned before the next").isEqualTo("CLEANING");
                }
            }

            // home health monitoring follows; the contact stays under control (red) until the last order ends
            JsonNode monitoring = orderOf(api, contact, api.token("community1"));
            assertThat(monitoring.get("kind").asString()).isEqualTo("MONITORING");
            assertThat(monitoring.get("followsId").asLong()).isEqualTo(id);
            assertThat(colour(api, contact)).isEqualTo("RED");
            long next = monitoring.get("id").asLong();
            assertThat(api.post("/api/v1/quarantine/orders/" + next + "/release", api.token("community1"), Map.of("override", true,
                    "note", "转外地")).status()).as("community staff do not override").isEqualTo(403);
            var noReason = api.post("/api/v1/quarantine/orders/" + next + "/release", command, Map.of("override", true));
            assertThat(noReason.status()).isEqualTo(400);
            JsonNode overridden = api.post("/api/v1/quarantine/orders/" + next + "/release", command, Map.of("override", true,
                    "note", "指挥部批准：监测期由社区电话随访")).json();
            assertThat(overridden.get("overridden").asBoolean()).isTrue();
            assertThat(colour(api, contact)).as("released and control ended: recomputed").isEqualTo("GREEN");
            assertThat(api.get("/api/v1/contacts/" + entered.json().get("id").asLong(), api.token("community1")).json().get("status")
                    .asString()).isEqualTo("ENDED");
        } finally {
            api.post("/api/v1/health-code/policy", command, Map.of("policy", original, "note", "restore"));
            waitForRecompute(api, command);
        }
    }

    @Test
    void twiceDailyReportsAndAMissedOneRemindsThenAlertsTheGridWorker() {
        ApiClient api = api();
        String clerk = api.token("community1");
        long person = register(api, "居家庚", household(api, 0));
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        JsonNode order = api.post("/api/v1/quarantine/orders", clerk, Map.of("personId", person, "kind", "HOME",
                "startDate", yesterday.toString(), "reason", "中高风险地区返回")).json();
        long id = order.get("id").asLong();
        assertThat(order.get("days").asInt()).as("the policy's 14 days").isEqualTo(14);
        assertThat(order.get("tests").findValuesAsString("day")).containsExactly("1", "4", "7", "14");
        assertThat(colour(api, person)).isEqualTo("YELLOW");
        assertThat(api.post("/api/v1/quarantine/orders", clerk, Map.of("personId", person, "kind", "HOME", "reason", "again")).status())
                .as("one active order per person").isEqualTo(409);

        // yesterday's two rounds entered by the doctor: one report in each slot
        String doctor = api.token("doctor1");
        for (LocalTime at : List.of(LocalTime.of(9, 0), LocalTime.of(15, 0))) {
            assertThat(api.post("/api/v1/quarantine/orders/" + id + "/reports", doctor, Map.of("temperature", 36.4,
                    "measuredAt", yesterday.atTime(at).atZone(ZONE).toInstant().toString())).status()).isEqualTo(201);
        }
        assertThat(api.post("/api/v1/quarantine/orders/" + id + "/reports", doctor, Map.of("temperature", 36.4,
                "measuredAt", yesterday.minusDays(1).atTime(9, 0).atZone(ZONE).toInstant().toString())).status())
                .as("before the order began").isEqualTo(400);
        JsonNode reported = api.get("/api/v1/quarantine/orders/" + id, clerk).json().get("reports");
        assertThat(reported.findValuesAsString("slot")).containsExactlyInAnyOrder("MORNING", "AFTERNOON");
        assertThat(reported.findValuesAsString("date")).containsOnly(yesterday.toString());

        var noDays = api.post("/api/v1/quarantine/orders/" + id + "/extend", clerk, Map.of("reason", "复检"));
        assertThat(noDays.json().get("errors").findValuesAsString("field")).containsExactly("days");
        JsonNode extended = api.post("/api/v1/quarantine/orders/" + id + "/extend", clerk, Map.of("days", 2, "reason", "第 7 天检测结果存疑"))
                .json();
        assertThat(extended.get("plannedEnd").asString()).isEqualTo(yesterday.plusDays(15).toString());
        assertThat(extended.get("tests").findValuesAsString("day")).as("a test on the new last day").endsWith("16");

        // tomorrow nothing is reported: at 10:05 the person is reminded (once), at 12:05 the grid worker is alerted
        LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
        reports.watch(tomorrow.atTime(9, 0).atZone(ZONE).toInstant());
        assertThat(alerts(api, id, "REMINDER")).as("not before the reminder time").isZero();
        reports.watch(tomorrow.atTime(10, 5).atZone(ZONE).toInstant());
        reports.watch(tomorrow.atTime(10, 6).atZone(ZONE).toInstant());
        assertThat(alerts(api, id, "REMINDER")).isEqualTo(1);
        assertThat(alerts(api, id, "MISSED_REPORT")).isZero();
        reports.watch(tomorrow.atTime(12, 5).atZone(ZONE).toInstant());
        assertThat(alerts(api, id, "MISSED_REPORT")).isEqualTo(1);
        JsonNode alert = null;
        for (JsonNode a : api.get("/api/v1/quarantine/alerts", api.token("grid1")).json().get("items")) {
            alert = a.get("orderId").asLong() == id && a.get("kind").asString().equals("MISSED_REPORT") ? a : alert;
        }
        assertThat(alert).as("the grid worker sees it").isNotNull();
        long alertId = alert.get("id").asLong();
        assertThat(api.get("/api/v1/quarantine/alerts", api.token("grid2")).json().get("items").findValuesAsString("id"))
                .doesNotContain(String.valueOf(alertId));
        assertThat(api.post("/api/v1/quarantine/alerts/" + alertId + "/handled", api.token("grid2"), Map.of("note", "x")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/quarantine/alerts/" + alertId + "/handled", api.token("grid1"), Map.of()).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/quarantine/alerts/" + alertId + "/handled", api.token("grid1"), Map.of("note", "已电话提醒，补报 36.5"))
                .json().get("handledBy").asString()).isEqualTo("grid1");
        assertThat(api.get("/api/v1/quarantine/orders/" + id, api.token("grid2")).status()).as("another grid").isEqualTo(404);
        assertThat(api.get("/api/v1/quarantine/orders/" + id, api.token("site1")).status()).as("not at the site").isEqualTo(404);
    }

    @Test
    void aLabResultFromATestingPointAnswersTheTestDue() {
        ApiClient api = api();
        String command = api.token("district");
        String idNumber = Ids.next();
        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "检测癸", "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", fixtures.grid1().id())).json().get("id").asLong();
        long id = api.post("/api/v1/quarantine/orders", command, Map.of("personId", person, "kind", "HOME", "reason", "密接家属")).json()
                .get("id").asLong();
        long community = fixtures.community1().id();
        long campaign = api.post("/api/v1/testing/campaigns", command, Map.of("name", "隔离人员检测", "nodeId", community,
                "dueDate", LocalDate.now(ZONE).plusDays(1).toString())).json().get("id").asLong();
        long point = api.post("/api/v1/testing/points", command, Map.of("name", "上门采样", "kind", "MOBILE", "nodeId", community))
                .json().get("id").asLong();
        String tube = "Q" + System.nanoTime();
        assertThat(api.post("/api/v1/testing/samples", api.token("doctor1"), Map.of("campaignId", campaign, "pointId", point, "tube", tube,
                "idNumber", idNumber)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/testing/results", command, Map.of("tube", tube, "result", "NEGATIVE")).status()).isEqualTo(200);

        JsonNode first = api.get("/api/v1/quarantine/orders/" + id, command).json().get("tests").get(0);
        assertThat(first.get("day").asInt()).isEqualTo(1);
        assertThat(first.get("result").asString()).isEqualTo("NEGATIVE");
        assertThat(first.get("recordedBy").asString()).isEqualTo("lab");
    }

    private long alerts(ApiClient api, long order, String kind) {
        JsonNode items = api.get("/api/v1/quarantine/orders/" + order + "/alerts", api.token("community1")).json().get("items");
        return items.findValuesAsString("kind").stream().filter(kind::equals).count();
    }

    private record Device(long id, String key) {
    }

    private Device device(ApiClient api, String kind, long household) {
        var made = api.post("/api/v1/devices", api.token("community1"), Map.of("code", "Q-" + UUID.randomUUID().toString().substring(0, 8),
                "kind", kind, "name", "居家隔离 " + kind, "placeId", household, "heartbeatSeconds", 3600));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return new Device(made.json().get("device").get("id").asLong(), made.json().get("key").asString());
    }

    @Test
    void aDoorOpeningIsAnEventForTheGridWorkerAndTheThermometerReportsAndAFeverCallsTheDoctor() {
        ApiClient api = api();
        String clerk = api.token("community1");
        long household = household(api, 1);
        long person = register(api, "居家辛", household);
        long id = api.post("/api/v1/quarantine/orders", clerk, Map.of("personId", person, "kind", "HOME", "reason", "次密接")).json()
                .get("id").asLong();
        Device door = device(api, "DOOR_SENSOR", household);
        Device thermometer = device(api, "THERMOMETER", household);

        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/api/v1/devices/" + door.id() + "/readings", null, Map.of("type", "DOOR_OPEN", "value", "1"),
                    "X-Device-Key", door.key()).status()).isEqualTo(201);
        }
        List<JsonNode> doorAlerts = new ArrayList<>();
        api.get("/api/v1/quarantine/orders/" + id + "/alerts", clerk).json().get("items").forEach(a -> {
            if (a.get("kind").asString().equals("DOOR_OPEN")) {
                doorAlerts.add(a);
            }
        });
        assertThat(doorAlerts).as("two openings within the window are one event").hasSize(1);
        long event = doorAlerts.getFirst().get("eventId").asLong();
        JsonNode opened = api.get("/api/v1/events/" + event, api.token("grid1")).json();
        assertThat(opened.get("category").asString()).isEqualTo("QUARANTINE_BREACH");
        assertThat(opened.get("timeline").findValuesAsString("action")).contains("REPEAT");
        assertThat(api.get("/api/v1/alerts", api.token("grid1")).json().findValuesAsString("link"))
                .as("the cockpit's feed tells the door alarm once").containsOnlyOnce("/quarantine/orders/" + id);

        Instant measured = Instant.now();
        assertThat(api.post("/api/v1/devices/" + thermometer.id() + "/readings", null, Map.of("type", "TEMPERATURE", "value", "38.2",
                "at", measured.toString()), "X-Device-Key", thermometer.key()).status()).isEqualTo(201);
        JsonNode reports = api.get("/api/v1/quarantine/orders/" + id, clerk).json().get("reports");
        assertThat(reports.get(0).get("source").asString()).isEqualTo("DEVICE");
        assertThat(reports.get(0).get("fever").asBoolean()).isTrue();
        long fever = -1;
        for (JsonNode a : api.get("/api/v1/quarantine/orders/" + id + "/alerts", clerk).json().get("items")) {
            fever = a.get("kind").asString().equals("FEVER") ? a.get("eventId").asLong() : fever;
        }
        assertThat(api.get("/api/v1/events/" + fever, api.token("dept-health")).json().get("category").asString())
                .as("the health department's doctors get the fever").isEqualTo("FEVER");
        assertThat(api.get("/api/v1/quarantine/orders/" + id + "/release", clerk).json().get("unmet").toString()).contains("发热");
        assertThat(api.get("/api/v1/alerts", api.token("grid1")).json().findValuesAsString("kind")).contains("DOOR_OPEN", "QUARANTINE_FEVER");
    }

    @Test
    void aSiteKeepsItsRoomsCareAndDisinfectionAndItsStaffSeeOnlyTheirSite() {
        ApiClient api = api();
        String staff = api.token("site1");
        long site = api.get("/api/v1/quarantine/sites", staff).json().get("items").get(0).get("siteId").asLong();
        JsonNode all = api.get("/api/v1/quarantine/sites", api.token("district")).json().get("items");
        assertThat(all.size()).as("district command sees every site").isEqualTo(3);
        long other = all.findValuesAsString("siteId").stream().map(Long::parseLong).filter(s -> s != site).findFirst().orElseThrow();
        assertThat(api.get("/api/v1/quarantine/sites/" + other, staff).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/quarantine/sites/" + other + "/rooms", staff, Map.of("number", "X1", "capacity", 1)).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/quarantine/sites/" + site + "/rooms", api.token("community1"), Map.of("number", "X1", "capacity", 1))
                .status()).isEqualTo(403);

        String number = "F" + (System.nanoTime() % 100_000);
        assertThat(api.post("/api/v1/quarantine/sites/" + site + "/rooms", staff, Map.of("number", number, "capacity", 3)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/quarantine/sites/" + site + "/rooms", staff, Map.of("number", number, "capacity", 9)).json()
                .get("errors").findValuesAsString("field")).containsExactly("number", "capacity");
        assertThat(api.post("/api/v1/quarantine/sites/" + site + "/groups", staff, Map.of("name", "医疗救治组", "leader", "王医生",
                "phone", "13800000000", "members", "3 名医生、6 名护士")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/quarantine/sites/" + site + "/disinfections", staff, Map.of("area", "三楼走廊")).status()).isEqualTo(201);

        // a family of two shares a room; a stranger does not
        long household = household(api, 2);
        String command = api.token("district");
        List<Long> orders = new ArrayList<>();
        for (String name : List.of("家庭甲", "家庭乙")) {
            long person = register(api, name, household);
            orders.add(api.post("/api/v1/quarantine/orders", command, Map.of("personId", person, "kind", "CENTRALIZED", "siteId", site,
                    "reason", "密接家庭")).json().get("id").asLong());
        }
        long stranger = api.post("/api/v1/quarantine/orders", command, Map.of("personId", register(api, "他人", null), "kind", "CENTRALIZED",
                "siteId", site, "reason", "密接")).json().get("id").asLong();
        long room = -1;
        for (JsonNode r : api.get("/api/v1/quarantine/sites/" + site, staff).json().get("rooms")) {
            room = r.get("number").asString().equals(number) ? r.get("id").asLong() : room;
        }
        for (long order : orders) {
            assertThat(api.post("/api/v1/quarantine/orders/" + order + "/room", staff, Map.of("roomId", room)).status()).isEqualTo(200);
        }
        var refused = api.post("/api/v1/quarantine/orders/" + stranger + "/room", staff, Map.of("roomId", room));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("同一家庭");

        // the stranger gets a room of their own, then is moved: the room left behind waits for cleaning
        long single = -1;
        long spare = -1;
        for (JsonNode r : api.get("/api/v1/quarantine/sites/" + site, staff).json().get("rooms")) {
            if (r.get("status").asString().equals("FREE")) {
                spare = single >= 0 && spare < 0 ? r.get("id").asLong() : spare;
                single = single < 0 ? r.get("id").asLong() : single;
            }
        }
        api.post("/api/v1/quarantine/orders/" + stranger + "/room", staff, Map.of("roomId", single));
        JsonNode moved = api.post("/api/v1/quarantine/orders/" + stranger + "/room", staff, Map.of("roomId", spare)).json();
        assertThat(moved.get("timeline").findValuesAsString("action")).contains("ROOM", "TRANSFER");
        String leftBehind = "";
        for (JsonNode r : api.get("/api/v1/quarantine/sites/" + site, staff).json().get("rooms")) {
            leftBehind = r.get("id").asLong() == single ? r.get("status").asString() : leftBehind;
        }
        assertThat(leftBehind).isEqualTo("CLEANING");
        assertThat(api.post("/api/v1/quarantine/orders/" + orders.getFirst() + "/room", staff, Map.of("roomId", single)).status())
                .as("nobody moves into a room being cleaned").isEqualTo(409);
        assertThat(api.post("/api/v1/quarantine/rooms/" + single + "/cleaned", staff, Map.of()).status()).isEqualTo(204);
        var site1 = browserless().loggedIn("site1");
        assertThat(site1.get("/quarantine/orders/" + stranger).body()).as("the order page offers the cleaned room")
                .contains("id=\"transfer-form\"").contains("value=\"" + single + "\"");
        assertThat(site1.post("/quarantine/orders/" + stranger + "/room", Map.of("roomId", String.valueOf(single))).status()).isEqualTo(302);
        assertThat(api.get("/api/v1/quarantine/orders/" + stranger, staff).json().get("roomId").asLong()).isEqualTo(single);

        // rounds before lunch and dinner: a day's round not logged alerts the site once
        LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
        sites.watchDisinfection(tomorrow.atTime(10, 59).atZone(ZONE).toInstant());
        sites.watchDisinfection(tomorrow.atTime(11, 5).atZone(ZONE).toInstant());
        sites.watchDisinfection(tomorrow.atTime(11, 6).atZone(ZONE).toInstant());
        // Only tomorrow's: the application's own watch (every minute, on the real clock) may meanwhile have raised
        // today's 10:30 alert for this new site, whenever the suite runs after 10:59 in the district.
        long overdue = api.get("/api/v1/quarantine/alerts", staff).json().get("items").valueStream()
                .filter(a -> a.get("detail").asString().contains("10:30 消杀未登记"))
                .filter(a -> Instant.parse(a.get("raisedAt").asString()).atZone(ZONE).toLocalDate().equals(tomorrow)).count();
        assertThat(overdue).as("one alert for tomorrow's 10:30 round").isEqualTo(1);

        var care = api.post("/api/v1/quarantine/orders/" + orders.getFirst() + "/care", staff, Map.of("kind", "INSULIN",
                "note", "餐前注射", "dueAt", Instant.now().minusSeconds(60).toString(), "daily", true));
        assertThat(care.status()).isEqualTo(201);
        assertThat(care.json().get("overdue").asBoolean()).isTrue();
        long task = care.json().get("id").asLong();
        assertThat(api.post("/api/v1/quarantine/care-tasks/" + task + "/done", staff, Map.of("note", "已注射")).json().get("doneAt")
                .isNull()).isFalse();
        assertThat(api.post("/api/v1/quarantine/care-tasks/" + task + "/done", staff, Map.of()).status()).isEqualTo(409);
        JsonNode today = api.get("/api/v1/quarantine/sites/" + site, staff).json();
        assertThat(today.get("careTasks").findValuesAsString("kind")).as("done today, and tomorrow's dose").containsOnly("INSULIN")
                .hasSizeGreaterThanOrEqualTo(2);

        var meeting = api.put("/api/v1/quarantine/sites/" + site + "/meeting", staff, Map.of("notes", "1. 三楼消杀加一次"));
        assertThat(meeting.json().get("notes").asString()).isEqualTo("1. 三楼消杀加一次");
        assertThat(meeting.json().get("capacity").get("people").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(browserless().loggedIn("site1").get("/quarantine/sites/" + site + "/meeting").body()).contains("三楼消杀加一次")
                .contains("晨会报告");
    }
}
