package io.gridguard.cockpit;

import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline figures of a scope, against the lists they count, and scoped like everything else. */
class CockpitIT extends IntegrationTest {

    @Test
    void theSummaryCountsWhatTheListsHoldForEachScope() {
        ApiClient api = api();
        for (String who : new String[] {"district", "street1", "community1", "grid1"}) {
            String token = api.token(who);
            JsonNode summary = api.get("/api/v1/stats/summary", token).json();
            assertThat(summary.get("residents").asLong()).as(who).isEqualTo(api.get("/api/v1/people?size=1", token).json().get("total").asLong());
            assertThat(summary.get("floatingPopulation").asLong()).as(who)
                    .isEqualTo(api.get("/api/v1/people?size=1&floating=true", token).json().get("total").asLong());
            JsonNode tests = summary.get("tests");
            assertThat(tests.get("coverage").asDouble()).as(who).isEqualTo(Math.round(1000.0 * tests.get("sampled").asLong()
                    / summary.get("residents").asLong()) / 10.0);
            JsonNode codes = summary.get("codes");
            assertThat(codes.get("green").asLong() + codes.get("yellow").asLong() + codes.get("red").asLong()).as(who)
                    .isEqualTo(summary.get("residents").asLong());
        }
        JsonNode district = api.get("/api/v1/stats/summary", api.token("district")).json();
        JsonNode street = api.get("/api/v1/stats/summary", api.token("street1")).json();
        assertThat(district.get("scope").get("level").asString()).isEqualTo("DISTRICT");
        assertThat(street.get("scope").get("level").asString()).isEqualTo("STREET");
        assertThat(street.get("residents").asLong()).as("a street sees its street").isLessThan(district.get("residents").asLong());
        long foreignStreet = fixtures.jurisdictions().children(fixtures.district().id()).getLast().id();
        assertThat(api.get("/api/v1/stats/summary?nodeId=" + foreignStreet, api.token("street1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/stats/summary?nodeId=" + foreignStreet, api.token("district")).json().get("scope").get("nodeIds")
                .get(0).asLong()).isEqualTo(foreignStreet);
        assertThat(api.get("/api/v1/stats/summary", api.token("dept-health")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/stats/summary", null).status()).isEqualTo(401);
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.gridguard.cockpit.internal.DailyReportRepository kept;

    @Test
    void theDailyReportHoldsTheDaysFiguresAsAWorkbookAndPastDaysAreKept() throws Exception {
        ApiClient api = api();
        String street = api.token("street1");
        JsonNode report = api.get("/api/v1/stats/daily", street).json();
        JsonNode summary = api.get("/api/v1/stats/summary", street).json();
        assertThat(report.get("summary").get("residents").asLong()).isEqualTo(summary.get("residents").asLong());
        assertThat(report.get("underObservationByOrigin").has("HUBEI")).isTrue();

        byte[] xlsx = api.bytes("/api/v1/stats/daily.xlsx", street);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(report.get("date").asString());
            java.util.Map<String, Double> rows = new java.util.HashMap<>();
            for (var row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    rows.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(rows.get("实有人口")).isEqualTo((double) summary.get("residents").asLong());
            assertThat(rows.get("绿码")).isEqualTo((double) summary.get("codes").get("green").asLong());
            assertThat(rows).containsKeys("湖北", "合计");
        }

        java.time.LocalDate today = java.time.LocalDate.parse(report.get("date").asString());
        assertThat(api.get("/api/v1/stats/daily?date=" + today.plusDays(1), street).status()).isEqualTo(400);
        var none = api.get("/api/v1/stats/daily?date=" + today.minusDays(30), street);
        assertThat(none.status()).isEqualTo(404);
        // a day gone by is read back as it was kept, not counted again
        String yesterday = report.toString().replace("\"date\":\"" + today + "\"", "\"date\":\"" + today.minusDays(1) + "\"")
                .replace("\"residents\":" + summary.get("residents").asLong() + ",", "\"residents\":12345,");
        long streetId = summary.get("scope").get("nodeIds").get(0).asLong();
        kept.save("STREET:" + streetId, today.minusDays(1), yesterday, "street1", java.time.Instant.now());
        assertThat(api.get("/api/v1/stats/daily?date=" + today.minusDays(1), street).json().get("summary").get("residents").asLong())
                .isEqualTo(12345);
        assertThat(browserless().loggedIn("street1").get("/cockpit/daily").body()).contains("日报").contains("在管重点人员");
    }

    @Test
    void anOrderAnEventAndADenialShowInTheFiguresOfTheirGrid() {
        ApiClient api = api();
        long grid = fixtures.grid2().id();
        String worker = api.token("grid2");
        JsonNode before = api.get("/api/v1/stats/summary", worker).json();

        String idNumber = Ids.next();
        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "驾驶舱", "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", grid)).json().get("id").asLong();
        api.post("/api/v1/quarantine/orders", api.token("community1"), Map.of("personId", person, "kind", "HOME", "reason", "测试"));
        api.post("/api/v1/events", worker, Map.of("category", "SANITATION", "description", "垃圾满溢", "gridId", grid));

        JsonNode after = api.get("/api/v1/stats/summary", worker).json();
        assertThat(after.get("residents").asLong() - before.get("residents").asLong()).isEqualTo(1);
        assertThat(after.get("quarantine").get("home").asLong() - before.get("quarantine").get("home").asLong()).isEqualTo(1);
        assertThat(after.get("codes").get("yellow").asLong() - before.get("codes").get("yellow").asLong()).as("home quarantine is yellow")
                .isEqualTo(1);
        assertThat(after.get("events").get("today").asLong() - before.get("events").get("today").asLong()).isEqualTo(1);
        JsonNode grid1 = api.get("/api/v1/stats/summary", api.token("grid1")).json();
        assertThat(grid1.get("scope").get("nodeIds").get(0).asLong()).isEqualTo(fixtures.grid1().id());
    }
}
