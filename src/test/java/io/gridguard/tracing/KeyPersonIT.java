package io.gridguard.tracing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A key-person list from the upper level: import report, rejects, no duplicates, verification by the grid. */
class KeyPersonIT extends IntegrationTest {

    @Test
    void aListIsCheckedRowByRowMatchedToItsGridsAndVerifiedThere() throws Exception {
        ApiClient api = api();
        String registered = Ids.next();
        api.post("/api/v1/people", api.token("community1"), Map.of("name", "名单甲", "idType", "RESIDENT_ID",
                "idNumber", registered, "gridId", fixtures.grid1().id()));
        String unregistered = Ids.next();
        String csv = "姓名,身份证号,手机号,来源地,抵达日期,类别\n"
                + "名单甲," + registered + ",13800000001,湖北省武汉市,2020-01-28,湖北来杭\n"
                + "名单乙," + unregistered + ",,浙江省温州市,2020-02-01,温州来杭\n"
                + "名单丙," + Ids.withWrongChecksum(Ids.next()) + ",,湖北省,2020-01-30,湖北来杭\n"
                + "名单丁," + registered + ",,湖北省,2020-01-30,湖北来杭\n"
                + "名单戊," + Ids.next() + ",,,2020-01-30,湖北来杭\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        assertThat(api.upload("/api/v1/imports/key-persons", api.token("grid1"), "list.csv", file).status())
                .as("grid workers do not import lists").isEqualTo(403);
        var done = api.upload("/api/v1/imports/key-persons", api.token("district"), "list.csv", file);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        JsonNode report = done.json();
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("matched").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(report.get("rows").findValuesAsString("reason"))
                .containsExactly("身份证号校验位不正确，请核对", "与第 2 行身份证号重复", "缺少来源地");
        assertThat(report.get("rows").findValuesAsString("row")).containsExactly("4", "5", "6");
        long importId = report.get("importId").asLong();

        var again = api.upload("/api/v1/imports/key-persons", api.token("district"), "copy-of-list.csv", file);
        assertThat(again.json().get("importId").asLong()).as("the same file is the same import").isEqualTo(importId);
        assertThat(api.get("/api/v1/imports/key-persons/" + importId + "/rows", api.token("district")).json().get("total").asInt())
                .as("and adds no rows").isEqualTo(5);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(api.bytes("/api/v1/imports/key-persons/" + importId + "/rejects.xlsx",
                api.token("district"))))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("名单丙");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("缺少来源地");
        }
        assertThat(api.upload("/api/v1/imports/key-persons", api.token("district"), "bad.csv",
                "姓名,电话\n张三,1\n".getBytes(StandardCharsets.UTF_8)).json().get("errors").get(0).get("field").asString()).isEqualTo("file");

        JsonNode tasks = api.get("/api/v1/key-persons/verifications", api.token("grid1")).json().get("items");
        JsonNode mine = null;
        for (JsonNode task : tasks) {
            if (task.get("name").asString().equals("名**")) {
                mine = task;
            }
        }
        assertThat(mine).as("the matched person is a verification for their grid").isNotNull();
        assertThat(api.get("/api/v1/key-persons/verifications", api.token("grid2")).json().get("items").findValuesAsString("name"))
                .doesNotContain("名**");
        long rowId = rowIdOf(api, importId, 2);
        assertThat(api.post("/api/v1/key-persons/verifications/" + rowId, api.token("grid2"), Map.of("outcome", "AT_HOME")).status())
                .as("another grid's worker").isEqualTo(403);
        var verified = api.post("/api/v1/key-persons/verifications/" + rowId, api.token("grid1"), Map.of("outcome", "AT_HOME"));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("outcome").asString()).isEqualTo("AT_HOME");
        JsonNode grids = api.get("/api/v1/imports/key-persons/" + importId, api.token("district")).json().get("grids");
        assertThat(grids.get(0).get("gridId").asLong()).isEqualTo(fixtures.grid1().id());
        assertThat(grids.get(0).get("verified").asInt()).isEqualTo(1);

        JsonNode figures = api.get("/api/v1/tracing/figures", api.token("district")).json();
        assertThat(figures.get("underObservationByOrigin").get("HUBEI").asInt()).as("名单甲").isPositive();
        assertThat(figures.get("underObservationByOrigin").get("WENZHOU").asInt()).as("名单乙, not registered: district only").isPositive();
        JsonNode thisList = null;
        for (JsonNode list : figures.get("lists")) {
            thisList = list.get("listId").asLong() == importId ? list : thisList;
        }
        assertThat(thisList.get("toVerify").asInt()).isEqualTo(1);
        assertThat(thisList.get("verified").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/tracing/figures", api.token("community1")).json().get("underObservationByOrigin")
                .get("WENZHOU").asInt()).as("an unregistered person belongs to no community yet").isZero();
    }

    private long rowIdOf(ApiClient api, long importId, int row) {
        // the verification's id: the grid worker's list names rows by id; find the one of this list and row number
        for (JsonNode task : api.get("/api/v1/key-persons/verifications", api.token("grid1")).json().get("items")) {
            if (task.get("row").asInt() == row && task.get("name").asString().equals("名**")) {
                return task.get("id").asLong();
            }
        }
        throw new AssertionError("no verification for row " + row + " of " + importId);
    }
}
