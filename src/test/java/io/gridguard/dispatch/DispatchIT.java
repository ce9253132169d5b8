package io.gridguard.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md flow 3: a grid event reported, dispatched, accepted, handled, fed back and closed; refused steps; the SLA clock. */
class DispatchIT extends IntegrationTest {

    private static List<String> actions(JsonNode event) {
        return event.get("timeline").findValuesAsString("action");
    }

    @Test
    void aGridWorkersReportGoesToItsDepartmentAndRoundTheClosedLoop() {
        ApiClient api = api();
        String worker = api.token("grid1");
        String health = api.token("dept-health");
        var reported = api.post("/api/v1/events", worker, Map.of("category", "FEVER", "description", "3号楼有人发热，需上门测温",
                "gridId", fixtures.grid1().id()));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        JsonNode event = reported.json();
        long id = event.get("id").asLong();
        assertThat(event.get("state").asString()).as("FEVER goes to the health department at once").isEqualTo("DISPATCHED");
        assertThat(event.get("source").asString()).isEqualTo("GRID_WORKER");
        assertThat(event.get("departments").findValuesAsString("name")).containsExactly("区卫健局");
        Instant acceptBy = Instant.parse(event.get("acceptBy").asString());
        assertThat(acceptBy).as("5 minutes to accept").isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
        assertThat(event.get("breached").asBoolean()).isFalse();

        assertThat(api.get("/api/v1/events?state=DISPATCHED&state=ACCEPTED", health).json().get("items").findValuesAsString("id"))
                .as("in the department's queue").contains(String.valueOf(id));
        assertThat(api.get("/api/v1/events/" + id, api.token("grid2")).status()).as("another grid's worker").isEqualTo(404);
        assertThat(api.post("/api/v1/events/" + id + "/actions", worker, Map.of("action", "ACCEPT")).status())
                .as("only the department accepts").isEqualTo(403);
        assertThat(api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "START")).status())
                .as("not before accepting").isEqualTo(409);
        assertThat(api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "ACCEPT")).json().get("state").asString())
                .isEqualTo("ACCEPTED");
        var twice = api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "ACCEPT"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "START"));
        var bare = api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "FEEDBACK"));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.json().get("errors").get(0).get("message").asString()).isEqualTo("请填写说明（原因或处置结果）。");
        assertThat(api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "FEEDBACK", "note", "已上门测温 36.8℃，排除发热"))
                .json().get("state").asString()).isEqualTo("FEEDBACK");
        assertThat(api.post("/api/v1/events/" + id + "/actions", health, Map.of("action", "CLOSE")).status())
                .as("the reporting side confirms, not the department").isEqualTo(403);
        JsonNode closed = api.post("/api/v1/events/" + id + "/actions", worker, Map.of("action", "CLOSE")).json();
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        assertThat(actions(closed)).containsExactly("REPORT", "AUTO_DISPATCH", "ACCEPT", "START", "FEEDBACK", "CLOSE");
        assertThat(closed.get("timeline").get(4).get("note").asString()).isEqualTo("已上门测温 36.8℃，排除发热");
        assertThat(closed.get("timeline").get(4).get("actor").asString()).isEqualTo("dept-health");

        JsonNode reopened = api.post("/api/v1/events/" + id + "/actions", worker, Map.of("action", "REOPEN", "note", "仍有发热")).json();
        assertThat(reopened.get("state").asString()).isEqualTo("REOPENED");
        assertThat(Instant.parse(reopened.get("acceptBy").asString())).as("the accept clock starts again").isAfter(acceptBy);
    }

    @Test
    void aComplaintWaitsForStaffToDispatchAndADepartmentCanSendItBack() {
        ApiClient api = api();
        String clerk = api.token("community1");
        JsonNode event = api.post("/api/v1/events", clerk, Map.of("category", "COMPLAINT", "description", "小区门口菜价过高",
                "gridId", fixtures.grid1().id(), "callerPhone", "13900001111")).json();
        long id = event.get("id").asLong();
        assertThat(event.get("state").asString()).as("a complaint has no default department").isEqualTo("REPORTED");
        assertThat(event.get("source").asString()).as("entered from a call").isEqualTo("HOTLINE");
        long health = api.get("/api/v1/departments", clerk).json().get("items").get(0).get("id").asLong();
        assertThat(api.post("/api/v1/events/" + id + "/actions", clerk, Map.of("action", "DISPATCH")).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("departmentIds");
        assertThat(api.post("/api/v1/events/" + id + "/actions", clerk, Map.of("action", "DISPATCH", "departmentIds", List.of(health)))
                .json().get("state").asString()).isEqualTo("DISPATCHED");
        String handler = api.token("dept-health");
        JsonNode back = api.post("/api/v1/events/" + id + "/actions", handler, Map.of("action", "REJECT", "note", "属市场监管职责")).json();
        assertThat(back.get("state").asString()).isEqualTo("REJECTED");
        assertThat(api.post("/api/v1/events/" + id + "/actions", api.token("community2"), Map.of("action", "DISPATCH",
                "departmentIds", List.of(health))).status()).as("staff of another street").isEqualTo(404);
        JsonNode dismissed = api.post("/api/v1/events/" + id + "/actions", clerk, Map.of("action", "CLOSE", "note", "已电话答复来电人")).json();
        assertThat(dismissed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(actions(dismissed)).containsExactly("REPORT", "DISPATCH", "REJECT", "CLOSE");
    }

    @Test
    void theLocationFindsTheGridAndBadReportsAreRefusedWithTheReason() {
        ApiClient api = api();
        String worker = api.token("grid1");
        var grid = fixtures.grid1();
        var located = api.post("/api/v1/events", worker, Map.of("category", "SANITATION", "description", "垃圾未清运",
                "lat", grid.lat(), "lon", grid.lon()));
        assertThat(located.status()).as(located.body()).isEqualTo(201);
        assertThat(located.json().get("gridId").asLong()).isEqualTo(grid.id());

        var outside = api.post("/api/v1/events", worker, Map.of("category", "SANITATION", "description", "x", "lat", 39.9, "lon", 116.4));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").get(0).get("message").asString()).isEqualTo("该位置不在本区任何网格内，请选择网格。");
        var elsewhere = api.post("/api/v1/events", worker, Map.of("category", "SANITATION", "description", "x",
                "gridId", fixtures.foreignGrid().id()));
        assertThat(elsewhere.status()).as("a grid worker reports in their grids").isEqualTo(403);
        var bad = api.post("/api/v1/events", worker, Map.of("category", "NOPE", "description", "", "gridId", grid.id()), "Accept-Language", "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("category", "description");
        assertThat(api.get("/api/v1/events?state=NOPE", worker).status()).isEqualTo(400);
    }

    @Test
    void anUnacceptedEventEscalatesWhenItsDeadlinePasses() throws Exception {
        ApiClient api = api();
        String command = api.token("district");
        var shortened = api.put("/api/v1/events/categories/MARKET", command, Map.of("departments", List.of("MARKET"),
                "acceptSeconds", 2, "onSiteSeconds", 600, "closeSeconds", 3600));
        assertThat(shortened.status()).as(shortened.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/events/categories/MARKET", api.token("community1"), Map.of("acceptSeconds", 2)).status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/events/categories/MARKET", command, Map.of("departments", List.of("NOPE"), "acceptSeconds", 0,
                "onSiteSeconds", 600, "closeSeconds", 3600)).json().get("errors").findValuesAsString("field"))
                .containsExactly("departments", "acceptSeconds");
        try {
            long id = api.post("/api/v1/events", api.token("grid1"), Map.of("category", "MARKET", "description", "超市哄抬口罩价格",
                    "gridId", fixtures.grid1().id())).json().get("id").asLong();
            JsonNode event = null;
            for (int i = 0; i < 100; i++) {
                event = api.get("/api/v1/events/" + id, command).json();
                if (event.get("level").asString().equals("STREET")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(event.get("level").asString()).as("escalated from the community to the street").isEqualTo("STREET");
            assertThat(event.get("breached").asBoolean()).isTrue();
            assertThat(actions(event)).contains("ESCALATE");
            assertThat(api.get("/api/v1/events/" + id, api.token("street1")).json().get("breached").asBoolean()).isTrue();

            // in the app: the community heard of the new event, the street of the escalation; grid 2 of neither
            assertThat(notices(api, "community1", id)).containsExactly("NEW");
            assertThat(notices(api, "grid1", id)).containsExactly("NEW");
            assertThat(notices(api, "street1", id)).containsExactly("OVERDUE");
            assertThat(notices(api, "grid2", id)).isEmpty();
            assertThat(notices(api, "district", id)).as("not escalated that far").isEmpty();
            // and the cockpit's live feed of the street tells it, with the event to act on
            assertThat(api.get("/api/v1/alerts", api.token("street1")).json().findValuesAsString("link")).contains("/events/" + id);
            assertThat(browserless().loggedIn("street1").get("/notices").body()).contains("事件 " + id + " 受理超时，已升级至街道");
        } finally {
            api.put("/api/v1/events/categories/MARKET", command, Map.of("departments", List.of("MARKET"), "acceptSeconds", 300,
                    "onSiteSeconds", 3600, "closeSeconds", 28800));
        }
    }

    private static List<String> notices(ApiClient api, String who, long event) {
        List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode n : api.get("/api/v1/notices", api.token(who)).json().get("items")) {
            if (n.get("eventId").asLong() == event) {
                kinds.add(n.get("kind").asString());
            }
        }
        return kinds;
    }

    @Test
    void thePagesCarryAnEventFromThePhoneToTheDepartmentAndBack() {
        var worker = browserless().loggedIn("grid1");
        assertThat(worker.get("/events/new").body()).contains("name=\"category\"").contains("使用手机定位");
        var refused = worker.follow(worker.post("/events/new", Map.of("category", "FEVER", "description", "",
                "gridId", String.valueOf(fixtures.grid1().id()))));
        assertThat(refused.body()).contains("请填写描述");
        var page = worker.follow(worker.post("/events/new", Map.of("category", "FEVER", "description", "页面上报：楼道有人咳嗽发热",
                "gridId", String.valueOf(fixtures.grid1().id()))));
        assertThat(page.body()).contains("已上报").contains("页面上报：楼道有人咳嗽发热").contains("data-state=\"DISPATCHED\"");
        long id = Long.parseLong(page.body().replaceAll("(?s).*事件 (\\d+) 已上报.*", "$1"));

        var handler = browserless().loggedIn("dept-health");
        assertThat(handler.get("/events/queue").body()).contains("id=\"queued-" + id + "\"");
        assertThat(handler.get("/events/queue/rows").body()).contains("hx-trigger=\"every 5s\"").contains("queued-" + id);
        assertThat(handler.get("/events/" + id).body()).contains("id=\"action-ACCEPT\"").contains("id=\"action-REJECT\"")
                .doesNotContain("id=\"action-CLOSE\"");
        assertThat(handler.follow(handler.post("/events/" + id + "/actions", Map.of("action", "ACCEPT"))).body())
                .contains("data-state=\"ACCEPTED\"").contains("id=\"action-START\"");
        assertThat(handler.follow(handler.post("/events/" + id + "/actions", Map.of("action", "START"))).body())
                .contains("data-state=\"HANDLING\"");
        assertThat(handler.follow(handler.post("/events/" + id + "/actions", Map.of("action", "FEEDBACK"))).body())
                .as("feedback without a note").contains("请填写说明");
        handler.post("/events/" + id + "/actions", Map.of("action", "FEEDBACK", "note", "已转运至发热门诊"));
        var closed = worker.follow(worker.post("/events/" + id + "/actions", Map.of("action", "CLOSE")));
        assertThat(closed.body()).contains("data-state=\"CLOSED\"").contains("已转运至发热门诊").contains("id=\"action-REOPEN\"");
        assertThat(worker.get("/events?state=CLOSED").body()).contains("/events/" + id);

        var command = browserless().loggedIn("district");
        assertThat(command.get("/events/categories").body()).contains("id=\"category-FEVER\"");
        assertThat(browserless().loggedIn("community1").get("/events/categories").status()).isEqualTo(403);
    }

    @Test
    void figuresCountWhatWasReceivedAcceptedAndClosedAndExportToExcel() throws Exception {
        ApiClient api = api();
        String command = api.token("district");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode before = fever(api.get("/api/v1/events/figures?from=" + today + "&to=" + today + "&by=CATEGORY", command).json());
        String worker = api.token("grid1");
        String health = api.token("dept-health");
        long handled = api.post("/api/v1/events", worker, Map.of("category", "FEVER", "description", "统计一", "gridId", fixtures.grid1().id()))
                .json().get("id").asLong();
        api.post("/api/v1/events", worker, Map.of("category", "FEVER", "description", "统计二", "gridId", fixtures.grid1().id()));
        api.post("/api/v1/events/" + handled + "/actions", health, Map.of("action", "ACCEPT"));
        api.post("/api/v1/events/" + handled + "/actions", health, Map.of("action", "START"));
        api.post("/api/v1/events/" + handled + "/actions", health, Map.of("action", "FEEDBACK", "note", "已处置"));
        api.post("/api/v1/events/" + handled + "/actions", worker, Map.of("action", "CLOSE"));

        JsonNode figures = api.get("/api/v1/events/figures?from=" + today + "&to=" + today + "&by=CATEGORY", command).json();
        JsonNode after = fever(figures);
        assertThat(after.get("received").asLong() - before.get("received").asLong()).isEqualTo(2);
        assertThat(after.get("accepted").asLong() - before.get("accepted").asLong()).isEqualTo(1);
        assertThat(after.get("closed").asLong() - before.get("closed").asLong()).isEqualTo(1);
        assertThat(after.get("name").asString()).isEqualTo("发热人员");
        assertThat(after.get("medianCloseSeconds").isNull()).isFalse();
        assertThat(figures.get("total").get("received").asLong()).isGreaterThanOrEqualTo(after.get("received").asLong());
        assertThat(api.get("/api/v1/events/figures?from=" + today + "&to=" + today + "&by=DEPARTMENT", command).json().get("lines")
                .findValuesAsString("name")).contains("区卫健局");
        assertThat(api.get("/api/v1/events/figures?from=" + today + "&to=2020-01-01", command).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/events/figures?from=" + today + "&to=" + today, worker).status()).as("grid workers").isEqualTo(403);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                api.bytes("/api/v1/events/figures.xlsx?from=" + today + "&to=" + today + "&by=SOURCE", command)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("来源");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
        assertThat(browserless().loggedIn("street1").get("/events/figures").body()).contains("id=\"figures-total\"")
                .contains("发热人员");
    }

    @Test
    void aResidentComplainsFromTheirPhoneAndSeesOnlyTheirOwnReports() {
        var resident = io.gridguard.support.ResidentLogin.signIn(browserless(), fixtures, 9);
        var web = resident.session();
        assertThat(web.get("/events/new").body()).contains("未定位时按您的住址所在网格上报");
        var page = web.follow(web.post("/events/new", Map.of("category", "COMPLAINT", "description", "居民投诉：小区快递点人员聚集")));
        assertThat(page.body()).contains("已上报").contains("居民");
        assertThat(web.get("/events").body()).contains("居民投诉：小区快递点人员聚集");
        var other = io.gridguard.support.ResidentLogin.signIn(browserless(), fixtures, 10);
        assertThat(other.session().get("/events").body()).doesNotContain("居民投诉：小区快递点人员聚集");
        JsonNode complaints = api().get("/api/v1/events?category=COMPLAINT&size=200", api().token("community1")).json().get("items");
        JsonNode mine = null;
        for (JsonNode event : complaints) {
            mine = event.get("description").asString().equals("居民投诉：小区快递点人员聚集") ? event : mine;
        }
        assertThat(mine).as("in the resident's home grid, seen by their community").isNotNull();
        assertThat(mine.get("source").asString()).isEqualTo("RESIDENT");
    }

    private static JsonNode fever(JsonNode figures) {
        for (JsonNode line : figures.get("lines")) {
            if (line.get("key").asString().equals("FEVER")) {
                return line;
            }
        }
        return ApiClient.JSON.readTree("{\"received\":0,\"accepted\":0,\"closed\":0}");
    }
}
