package io.gridguard.tracing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A key-person list from the upper level: import report, rejects, no duplicates, verification by the grid. */
class KeyPersonIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    KeyPersonLists lists;

    @Test
    void aListIsCheckedRowByRowMatchedToItsGridsAndVerifiedThere() throws Exception {
        ApiClient api = api();
        String registered = Ids.next();
        api.post("/api/v1/people", api.token("community1"), Map.of("name", "名单甲", "idType", "RESIDENT_ID",
                "idNumber", registered, "gridId", fixtures.grid1().id()));
        String unregistered = Ids.next();
        int communityWenzhou = api.get("/api/v1/tracing/figures", api.token("community1")).json().get("underObservationByOrigin")
                .get("WENZHOU").asInt();
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
                .get("WENZHOU").asInt()).as("an unregistered person belongs to no community yet").isEqualTo(communityWenzhou);
    }

    @Test
    void aListedPersonNoResidentMatchesIsPlacedInAGridByWhoeverReceivedTheList() {
        ApiClient api = api();
        String here = Ids.next();
        String elsewhere = Ids.next();
        api.post("/api/v1/people", api.token("district"), Map.of("name", "落地甲", "idType", "RESIDENT_ID", "idNumber", here,
                "gridId", fixtures.grid1().id()));
        api.post("/api/v1/people", api.token("district"), Map.of("name", "落地乙", "idType", "RESIDENT_ID", "idNumber", elsewhere,
                "gridId", fixtures.foreignGrid().id()));
        String unknown = Ids.next();
        byte[] districtList = ("姓名,身份证号,手机号,来源地,抵达日期,类别\n"
                + "落地甲," + here + ",,湖北省,2020-01-28,湖北来杭\n"
                + "落地乙," + elsewhere + ",,湖北省,2020-01-28,湖北来杭\n"
                + "落地丙," + unknown + ",,温州市,2020-01-29,温州来杭\n").getBytes(StandardCharsets.UTF_8);
        long districtImport = api.upload("/api/v1/imports/key-persons", api.token("district"), "district.csv", districtList)
                .json().get("importId").asLong();

        JsonNode streetRows = api.get("/api/v1/imports/key-persons/" + districtImport + "/rows", api.token("street1")).json();
        assertThat(streetRows.get("items").findValuesAsString("name")).as("street 1 sees its own part of the district's list")
                .containsExactly("落**");
        assertThat(streetRows.get("items").get(0).get("gridId").asLong()).isEqualTo(fixtures.grid1().id());
        JsonNode unplaced = api.get("/api/v1/imports/key-persons/" + districtImport + "/rows?status=UNPLACED", api.token("district"))
                .json().get("items");
        assertThat(unplaced.findValuesAsString("row")).as("the unregistered person waits for a grid").containsExactly("4");
        long waiting = unplaced.get(0).get("id").asLong();
        assertThat(api.post("/api/v1/key-persons/verifications/" + waiting + "/grid", api.token("street1"),
                Map.of("gridId", fixtures.grid1().id())).status()).as("kept in the district's scope, not street 1's").isEqualTo(404);
        assertThat(api.post("/api/v1/key-persons/verifications/" + waiting + "/grid", api.token("district"), Map.of()).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("gridId");
        var placed = api.post("/api/v1/key-persons/verifications/" + waiting + "/grid", api.token("district"),
                Map.of("gridId", fixtures.grid2().id()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().get("gridId").asLong()).isEqualTo(fixtures.grid2().id());
        assertThat(api.post("/api/v1/key-persons/verifications/" + waiting + "/grid", api.token("district"),
                Map.of("gridId", fixtures.grid1().id())).status()).as("placed once").isEqualTo(409);
        assertThat(api.get("/api/v1/key-persons/verifications", api.token("grid2")).json().get("items").findValuesAsString("id"))
                .as("grid 2's worker now verifies them").contains(String.valueOf(waiting));

        String streetUnknown = Ids.next();
        byte[] streetList = ("姓名,身份证号,手机号,来源地,抵达日期,类别\n落地丁," + streetUnknown + ",,台州市,2020-01-30,台州来杭\n")
                .getBytes(StandardCharsets.UTF_8);
        long streetImport = api.upload("/api/v1/imports/key-persons", api.token("street1"), "street.csv", streetList)
                .json().get("importId").asLong();
        long streetWaiting = api.get("/api/v1/imports/key-persons/" + streetImport + "/rows?status=UNPLACED", api.token("street1"))
                .json().get("items").get(0).get("id").asLong();
        assertThat(api.post("/api/v1/key-persons/verifications/" + streetWaiting + "/grid", api.token("street1"),
                Map.of("gridId", fixtures.foreignGrid().id())).status()).as("only into street 1's grids").isEqualTo(403);
        var street = browserless().loggedIn("street1");
        String report = street.get("/tracing/key-persons/" + streetImport).body();
        assertThat(report).as("the report page lists who waits for a grid").contains("id=\"unplaced-" + streetWaiting + "\"")
                .contains("未匹配到登记居民");
        var placedByPage = street.follow(street.post("/tracing/key-persons/" + streetImport + "/rows/" + streetWaiting + "/grid",
                Map.of("gridId", String.valueOf(fixtures.grid1().id()))));
        assertThat(placedByPage.body()).contains("已分派到网格。").doesNotContain("id=\"unplaced-" + streetWaiting + "\"");
        assertThat(street.follow(street.post("/tracing/key-persons/" + streetImport + "/rows/" + streetWaiting + "/grid",
                Map.of("gridId", String.valueOf(fixtures.grid1().id())))).body()).as("a second placing is refused with a sentence")
                .contains("已分派到网格", "核查任务 " + streetWaiting);
        assertThat(api.get("/api/v1/imports/key-persons/" + streetImport + "/rows?status=UNPLACED", api.token("district"))
                .json().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/imports/key-persons/" + streetImport, api.token("district")).status())
                .as("district command sees every street's lists").isEqualTo(200);
    }

    @Test
    void anImportCutOffByARestartIsShownFailedAndGoesOnWhenTheSameFileComesAgain() {
        ApiClient api = api();
        String registered = Ids.next();
        api.post("/api/v1/people", api.token("district"), Map.of("name", "续传甲", "idType", "RESIDENT_ID", "idNumber", registered,
                "gridId", fixtures.grid1().id()));
        StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,来源地,抵达日期,类别\n续传甲," + registered + ",,湖北省,2020-01-28,湖北来杭\n");
        for (int i = 0; i < 5; i++) {
            csv.append("续传").append(i).append(',').append(Ids.next()).append(",,温州市,2020-01-29,温州来杭\n");
        }
        csv.append("续传乙,").append(registered).append(",,湖北省,2020-01-28,湖北来杭\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long id = api.upload("/api/v1/imports/key-persons", api.token("district"), "resume.csv", file).json().get("importId").asLong();
        long verification = api.get("/api/v1/imports/key-persons/" + id + "/rows?status=ACCEPTED", api.token("district"))
                .json().get("items").get(0).get("id").asLong();
        api.post("/api/v1/key-persons/verifications/" + verification, api.token("grid1"), Map.of("outcome", "AT_HOME"));

        // The server stopping after the first rows were stored: only rows 2-4 are there, the list still says RUNNING
        // and its heartbeat is old. (Test setup only: the application never writes these tables this way.)
        jdbc.sql("DELETE FROM key_person_row WHERE list_id = ? AND row_no > 4").param(id).update();
        jdbc.sql("UPDATE key_person_list SET status = 'RUNNING', rows_done = 3, touched_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)), id).update();
        assertThat(api.upload("/api/v1/imports/key-persons", api.token("district"), "resume.csv", file).json().get("rows").size())
                .as("a stalled import is taken over by the same file: it goes on and finishes").isEqualTo(1);
        JsonNode report = api.get("/api/v1/imports/key-persons/" + id, api.token("district")).json().get("list");
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("accepted").asInt()).isEqualTo(6);
        assertThat(report.get("matched").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).as("row 8 repeats row 2's ID number, stored before the stop").isEqualTo(1);
        assertThat(api.get("/api/v1/imports/key-persons/" + id + "/rows", api.token("district")).json().get("total").asInt())
                .as("no row twice").isEqualTo(7);
        assertThat(api.get("/api/v1/key-persons/verifications", api.token("grid1")).json().get("items").findValues("id").stream()
                .filter(v -> v.asLong() == verification).count()).as("the verification done before the stop is kept").isEqualTo(1);

        jdbc.sql("UPDATE key_person_list SET status = 'RUNNING', touched_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(600)), id).update();
        lists.failStalled();
        assertThat(api.get("/api/v1/imports/key-persons/" + id, api.token("district")).json().get("list").get("status").asString())
                .as("the minute's check shows a stopped import as failed").isEqualTo("FAILED");
        api.upload("/api/v1/imports/key-persons", api.token("district"), "resume.csv", file);
        assertThat(api.get("/api/v1/imports/key-persons/" + id, api.token("district")).json().get("list").get("status").asString())
                .isEqualTo("DONE");
        assertThat(api.get("/api/v1/imports/key-persons/" + id + "/rows", api.token("district")).json().get("total").asInt()).isEqualTo(7);
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
