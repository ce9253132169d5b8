package io.gridguard.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gridguard.iam.ApiKeys;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint and page, with a record inside its scope (grid 1) and one outside
 * it (a grid of the last street). Each row is what that role must get; the matrix grows with every issue.
 * "200:1" means 200 with exactly one match, "200:0" 200 with none (the record is filtered out by scope).
 */
class AuthorizationMatrixIT extends IntegrationTest {

    // columns: peopleByIdNumber, personOwn, personForeign, registerOwn, registerForeign, tree, checkpoints, departments,
    //          healthCodeOwn, healthCodeForeign, scanAtCheckpoint1, cases, testingCampaigns, keyPersonVerifications,
    //          reportEventInGrid1, events, devices, eventFigures, quarantineOrders, quarantineSites, careTasks, careFigures,
    //          statsSummary, riskMap, alerts, volunteerTeams, volunteersOnDuty, volunteerShifts
    static Stream<Arguments> apiRows() {
        return Stream.of(
                row("district", "200:1 200 200 201 201 200 200 200 200 200 201 200 200 200 201 200 200 200 200 200 200 200 200 200 200 200 200 200"),
                row("street1", "200:1 200 403 201 403 200 200 200 200 403 201 200 200 200 201 200 200 200 200 200 200 200 200 200 200 200 200 200"),
                row("community1", "200:1 200 403 201 403 200 200 200 200 403 201 200 200 200 201 200 200 200 200 200 200 200 200 200 200 200 200 200"),
                row("grid1", "200:1 200 403 201 403 200 200 200 200 403 403 403 403 200 201 200 403 403 200 403 200 200 200 200 200 403 200 403"),
                row("grid2", "200:0 403 403 403 403 200 200 200 403 403 403 403 403 200 403 200 403 403 200 403 200 200 200 200 200 403 200 403"),
                row("community2", "200:0 403 403 403 403 200 200 200 403 403 403 200 200 200 403 200 200 200 200 200 200 200 200 200 200 200 200 200"),
                row("dept-health", "403 403 403 403 403 200 200 200 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("site1", "403 403 403 403 403 200 200 200 403 403 403 403 403 403 403 403 403 403 200 200 403 403 403 403 403 403 403 403"),
                row("doctor1", "200:1 200 403 403 403 200 200 200 200 403 403 200 200 403 403 403 403 403 200 200 403 403 403 403 403 403 403 403"),
                row("counselor1", "200:1 200 403 403 403 200 200 200 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("social1", "200:1 200 403 403 403 200 200 200 200 403 403 403 403 403 403 403 403 403 403 403 200 200 403 403 403 403 403 403"),
                row("gate1", "403 403 403 403 403 200 200 200 403 403 201 403 403 403 201 403 403 403 403 403 403 403 403 403 403 403 403 200"),
                row("enterprise1", "403 403 403 403 403 200 200 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("machine", "403 403 403 403 403 200 200 200 403 403 201 403 403 403 201 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("anonymous", "401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401 401"));
    }

    // columns: /people, /people/{own}, /people/{foreign}, node grid1, node foreign grid, /registrations,
    //          /people/merge-candidates, /audit, /admin/api-keys, /sweeps, /tracing/cases, /testing/sample,
    //          /tracing/key-persons, /events/new, /events, /devices, /duty, /patrols, /quarantine, /quarantine/sites, /care,
    //          /me/quarantine, /notices, /cockpit/risk-map, /checkpoints/scans, /health-code/codes,
    //          /volunteers, /volunteers/on-duty, /me/volunteer, /volunteers/gate
    static Stream<Arguments> pageRows() {
        return Stream.of(
                row("district", "200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 403 200 200 200 200 200 200 403 403"),
                row("street1", "200 200 403 200 403 200 200 403 403 200 200 200 200 200 200 200 403 200 200 200 200 403 200 200 200 200 200 200 403 403"),
                row("community1", "200 200 403 200 403 200 200 403 403 200 200 200 403 200 200 200 403 200 200 200 200 403 200 200 200 200 200 200 403 403"),
                row("grid1", "200 200 403 200 403 403 403 403 403 200 403 403 403 200 200 403 200 200 200 403 200 403 200 200 200 200 403 200 403 403"),
                row("grid2", "200 403 403 403 403 403 403 403 403 200 403 403 403 200 200 403 200 200 200 403 200 403 200 200 200 200 403 200 403 403"),
                row("community2", "200 403 403 403 403 200 200 403 403 200 200 200 403 200 200 200 403 200 200 200 200 403 200 200 200 200 200 200 403 403"),
                row("dept-health", "403 403 403 200 200 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("site1", "403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 200 403 403 403 403 403 403 403 403 403 403"),
                row("doctor1", "200 200 403 200 403 403 403 403 403 403 200 200 403 403 403 403 403 403 200 200 403 403 403 403 403 403 403 403 403 403"),
                row("counselor1", "200 200 403 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("social1", "200 200 403 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403 403"),
                row("gate1", "403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 200"),
                row("enterprise1", "403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
                row("anonymous", "302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302 302"));
    }

    @Autowired
    ApiKeys apiKeys;

    private static String machineKey;
    private long ownId;
    private String ownIdNumber;
    private long foreignId;
    private long checkpoint1;

    @BeforeEach
    void records() {
        ApiClient api = api();
        String district = api.token("district");
        var own = api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=1", district).json().get("items").get(0);
        ownId = own.get("id").asLong();
        ownIdNumber = api.get("/api/v1/people/" + ownId, district).json().get("idNumber").asString();
        foreignId = api.get("/api/v1/people?gridId=" + fixtures.foreignGrid().id() + "&size=1", district)
                .json().get("items").get(0).get("id").asLong();
        checkpoint1 = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        if (machineKey == null) {
            var command = new Caller("district", "district", Role.DISTRICT_COMMAND,
                    List.of(new ScopeNode(NodeLevel.DISTRICT, fixtures.district().id())), null, null, null);
            machineKey = apiKeys.create(command, "matrix scanner", fixtures.grid1().id(), null).secret();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiRows")
    void apiAnswersEachRoleAsItsScopeAllows(String who, List<String> expected) {
        ApiClient api = api();
        String token = switch (who) {
            case "anonymous" -> null;
            case "machine" -> machineKey;
            default -> api.token(who);
        };
        Map<String, ApiClient.Response> actual = new LinkedHashMap<>();
        actual.put("peopleByIdNumber", api.get("/api/v1/people?idNumber=" + ownIdNumber, token));
        actual.put("personOwn", api.get("/api/v1/people/" + ownId, token));
        actual.put("personForeign", api.get("/api/v1/people/" + foreignId, token));
        actual.put("registerOwn", api.post("/api/v1/people", token, person(fixtures.grid1().id())));
        actual.put("registerForeign", api.post("/api/v1/people", token, person(fixtures.foreignGrid().id())));
        actual.put("tree", api.get("/api/v1/jurisdiction", token));
        actual.put("checkpoints", api.get("/api/v1/checkpoints", token));
        actual.put("departments", api.get("/api/v1/departments", token));
        actual.put("healthCodeOwn", api.get("/api/v1/people/" + ownId + "/health-code", token));
        actual.put("healthCodeForeign", api.get("/api/v1/people/" + foreignId + "/health-code", token));
        actual.put("scanAtCheckpoint1", api.post("/api/v1/checkpoints/" + checkpoint1 + "/scans", token,
                Map.of("idNumber", ownIdNumber, "temperature", 36.5, "direction", "IN")));
        actual.put("cases", api.get("/api/v1/cases", token));
        actual.put("testingCampaigns", api.get("/api/v1/testing/campaigns", token));
        actual.put("keyPersonVerifications", api.get("/api/v1/key-persons/verifications", token));
        actual.put("reportEventInGrid1", api.post("/api/v1/events", token, Map.of("category", "SANITATION", "description", "矩阵测试",
                "gridId", fixtures.grid1().id())));
        actual.put("events", api.get("/api/v1/events", token));
        actual.put("devices", api.get("/api/v1/devices", token));
        actual.put("eventFigures", api.get("/api/v1/events/figures?from=2026-01-01&to=2026-01-31", token));
        actual.put("quarantineOrders", api.get("/api/v1/quarantine/orders", token));
        actual.put("quarantineSites", api.get("/api/v1/quarantine/sites", token));
        actual.put("careTasks", api.get("/api/v1/care/tasks", token));
        actual.put("careFigures", api.get("/api/v1/care/figures", token));
        actual.put("statsSummary", api.get("/api/v1/stats/summary", token));
        actual.put("riskMap", api.get("/api/v1/risk-map", token));
        actual.put("alerts", api.get("/api/v1/alerts", token));
        actual.put("volunteerTeams", api.get("/api/v1/volunteer-teams", token));
        actual.put("volunteersOnDuty", api.get("/api/v1/volunteers/on-duty", token));
        actual.put("volunteerShifts", api.get("/api/v1/volunteer-shifts", token));

        List<String> got = new java.util.ArrayList<>();
        actual.forEach((name, r) -> got.add(name.equals("peopleByIdNumber") && r.status() == 200
                ? "200:" + r.json().get("total").asLong() : String.valueOf(r.status())));
        assertThat(got).as(who + " " + actual.keySet()).isEqualTo(expected);
        actual.values().stream().filter(r -> r.status() >= 400)
                .forEach(r -> assertThat(r.contentType()).as(who).startsWith("application/problem+json"));
        if (actual.get("tree").status() == 200) {
            boolean seesForeignGrid = actual.get("tree").body().contains("\"id\":" + fixtures.foreignGrid().id() + ",");
            assertThat(seesForeignGrid).as(who + " sees a grid of another street in the tree").isEqualTo(who.equals("district")
                    || who.equals("dept-health"));
        }
        if (who.equals("gate1")) {
            assertThat(actual.get("checkpoints").json().get("total").asLong()).as("an operator sees only their checkpoint").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageRows")
    void pagesAnswerEachRoleAsItsScopeAllows(String who, List<String> expected) {
        WebSession web = browserless();
        if (!who.equals("anonymous")) {
            web.loggedIn(who);
        }
        List<String> paths = List.of("/people", "/people/" + ownId, "/people/" + foreignId,
                "/jurisdiction/nodes/" + fixtures.grid1().id(), "/jurisdiction/nodes/" + fixtures.foreignGrid().id(),
                "/registrations", "/people/merge-candidates", "/audit", "/admin/api-keys", "/sweeps", "/tracing/cases",
                "/testing/sample", "/tracing/key-persons", "/events/new", "/events", "/devices", "/duty", "/patrols", "/quarantine",
                "/quarantine/sites", "/care", "/me/quarantine", "/notices", "/cockpit/risk-map", "/checkpoints/scans",
                "/health-code/codes", "/volunteers", "/volunteers/on-duty", "/me/volunteer",
                "/volunteers/gate");
        List<String> got = paths.stream().map(p -> String.valueOf(web.get(p).status())).toList();
        assertThat(got).as(who + " " + paths).isEqualTo(expected);
    }

    @Test
    void aResidentSeesOnlyThemselves() {
        var resident = ResidentLogin.signIn(browserless(), fixtures, 0);
        assertThat(resident.session().get("/resident").status()).isEqualTo(200);
        assertThat(resident.session().get("/people/" + resident.personId()).status()).isEqualTo(200);
        assertThat(resident.session().get("/people/" + foreignId).status()).isEqualTo(403);
        assertThat(resident.session().get("/people").status()).isEqualTo(403);
        assertThat(resident.session().get("/audit").status()).isEqualTo(403);
        assertThat(resident.session().get("/jurisdiction/nodes/" + fixtures.grid1().id()).status()).isEqualTo(403);
        assertThat(resident.session().get("/me/quarantine").status()).isEqualTo(200);
        assertThat(resident.session().get("/care/me").status()).isEqualTo(200);
        assertThat(resident.session().get("/me/volunteer").status()).isEqualTo(200);
        assertThat(resident.session().get("/volunteers").status()).as("the staff's page").isEqualTo(403);
        assertThat(resident.session().get("/volunteers/on-duty").status()).isEqualTo(403);
        assertThat(resident.session().get("/quarantine").status()).as("the staff's list; theirs is /me/quarantine").isEqualTo(403);
        assertThat(resident.session().get("/care").status()).isEqualTo(403);
        assertThat(resident.session().get("/quarantine/sites").status()).isEqualTo(403);
    }

    @Test
    void aRevokedOrUnknownApiKeyIsRefused() {
        var command = new Caller("district", "district", Role.DISTRICT_COMMAND,
                List.of(new ScopeNode(NodeLevel.DISTRICT, fixtures.district().id())), null, null, null);
        var created = apiKeys.create(command, "to revoke", fixtures.grid1().id(), null);
        assertThat(api().get("/api/v1/checkpoints", created.secret()).status()).isEqualTo(200);
        apiKeys.revoke(command, created.key().id());
        var revoked = api().get("/api/v1/checkpoints", created.secret());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("code").asString()).isEqualTo("iam.apiKey.invalid");
        assertThat(api().get("/api/v1/checkpoints", "gg_0000000000000000").status()).isEqualTo(401);
    }

    private static Map<String, Object> person(long gridId) {
        return Map.of("name", "矩阵测试", "idType", "RESIDENT_ID", "idNumber", Ids.next(), "gridId", gridId);
    }

    private static Arguments row(String who, String expected) {
        return Arguments.of(who, List.of(expected.split(" ")));
    }
}
