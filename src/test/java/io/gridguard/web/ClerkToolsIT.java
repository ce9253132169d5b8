package io.gridguard.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gridguard.iam.NewStaffAccount;
import io.gridguard.iam.StaffAccounts;
import io.gridguard.shared.Role;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Merge candidates, sweeps, places and sign-in throttling, through the pages. */
class ClerkToolsIT extends IntegrationTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void twoRecordsOfOnePersonAreMergedIntoOne() {
        ApiClient api = api();
        String token = api.token("community1");
        long grid = fixtures.grid1().id();
        long kept = api.post("/api/v1/people", token, Map.of("name", "双记录", "idType", "RESIDENT_ID", "idNumber", Ids.next(),
                "phone", "13311112222", "gridId", grid)).json().get("id").asLong();
        long merged = api.post("/api/v1/people", token, Map.of("name", "双记录", "idType", "PASSPORT", "idNumber", "EA1234567",
                "phone", "13311112222", "gridId", grid)).json().get("id").asLong();

        // a gate that has just recognised the passport remembers whose it is
        long gate = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        assertThat(gateReason(api, gate, "EA1234567")).isNotEqualTo("UNKNOWN_PERSON");

        WebSession clerk = browserless().loggedIn("community1");
        assertThat(clerk.get("/people/merge-candidates").body()).contains("/people/" + kept).contains("/people/" + merged);
        var done = clerk.post("/people/merge-candidates/merge", Map.of("keepId", String.valueOf(kept), "mergeId", String.valueOf(merged)));
        assertThat(clerk.follow(done).body()).contains("已合并").doesNotContain("/people/" + merged + "\"");
        assertThat(api.get("/api/v1/people/" + merged, token).json().get("status").asString()).isEqualTo("MERGED");
        assertThat(api.get("/api/v1/people/" + merged, token).json().get("mergedInto").asLong()).isEqualTo(kept);
        assertThat(api.get("/api/v1/people?q=13311112222", token).json().get("total").asLong()).isEqualTo(1);
        assertThat(gateReason(api, gate, "EA1234567")).as("the merged record is forgotten at once, not in half an hour").isEqualTo("UNKNOWN_PERSON");
    }

    private static String gateReason(ApiClient api, long gate, String idNumber) {
        var scan = api.post("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"),
                Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "IN"));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        return scan.json().get("reason").asString();
    }

    @Test
    void aSweepCountsTheHouseholdsGridWorkersVisit() {
        WebSession clerk = browserless().loggedIn("community1");
        clerk.get("/sweeps");
        var started = clerk.post("/sweeps", Map.of("communityId", String.valueOf(fixtures.community1().id()), "name", "第一轮排查"));
        assertThat(started.status()).isEqualTo(302);
        String sweepPath = started.location().replaceAll("^https?://[^/]+", "");
        var sweep = clerk.get(sweepPath);
        Matcher total = Pattern.compile("已走访 0 / (\\d+) 户").matcher(sweep.body());
        assertThat(total.find()).as("progress starts at zero").isTrue();
        int households = Integer.parseInt(total.group(1));
        assertThat(households).isPositive();

        WebSession grid = browserless().loggedIn("grid1");
        var page = grid.get(sweepPath);
        Matcher household = Pattern.compile("name=\"householdId\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(household.find()).isTrue();
        var row = grid.post(sweepPath + "/visits", Map.of("householdId", household.group(1), "outcome", "FOLLOW_UP", "note", "独居老人需回访"),
                "HX-Request", "true");
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.body()).startsWith("<tr").contains("需跟进").contains("grid1");
        assertThat(clerk.get(sweepPath).body()).contains("已走访 1 / " + households + " 户");

        WebSession otherGrid = browserless().loggedIn("grid2");
        otherGrid.get(sweepPath);
        assertThat(otherGrid.post(sweepPath + "/visits", Map.of("householdId", household.group(1), "outcome", "ALL_WELL")).status())
                .as("grid2 cannot record a visit in grid1").isEqualTo(403);
    }

    @Test
    void aPlaceWithABadBoundaryIsRefusedAndAGoodOneIsAdded() {
        WebSession clerk = browserless().loggedIn("community1");
        clerk.get("/jurisdiction/places/new?nodeId=" + fixtures.grid1().id());
        Map<String, String> form = new java.util.HashMap<>(Map.of("kind", "COMPOUND", "name", "新建小区", "nodeId",
                String.valueOf(fixtures.grid1().id()), "lat", "30.2", "lon", "120.1", "boundary", "{\"type\":\"Point\"}"));
        assertThat(clerk.post("/jurisdiction/places", form).body()).contains("GeoJSON");
        clerk.get("/jurisdiction/places/new?nodeId=" + fixtures.grid1().id());
        form.put("lat", "95");
        assertThat(clerk.post("/jurisdiction/places", form).body()).contains("纬度应在");
        clerk.get("/jurisdiction/places/new?nodeId=" + fixtures.grid1().id());
        form.put("lat", "30.2");
        form.put("boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,30.2],[120.2,30.2],[120.2,30.3],[120.1,30.2]]]}");
        var created = clerk.post("/jurisdiction/places", form);
        assertThat(created.status()).isEqualTo(302);
        assertThat(clerk.follow(created).body()).contains("新建小区").contains("已绘制");

        WebSession grid = browserless().loggedIn("grid1");
        grid.get("/jurisdiction/nodes/" + fixtures.grid1().id());
        assertThat(grid.post("/jurisdiction/places", form).status()).as("grid workers do not edit places").isEqualTo(403);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        accounts.create(new NewStaffAccount("lockme", "correct-horse", "lockme", Role.GRID_WORKER,
                List.of(fixtures.grid1().id()), null, null));
        WebSession web = browserless();
        for (int i = 0; i < 5; i++) {
            assertThat(web.login("lockme", "wrong").location()).endsWith("/login?error");
        }
        assertThat(web.login("lockme", "correct-horse").location()).endsWith("/login?locked");
        var token = api().post("/api/v1/auth/token", null, Map.of("username", "lockme", "password", "correct-horse"));
        assertThat(token.status()).isEqualTo(429);
        assertThat(token.json().get("code").asString()).isEqualTo("iam.signIn.locked");
    }
}
