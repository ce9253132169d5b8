package io.gridguard.api;

import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes DESIGN.md §4 and the foundation issue promise integrators. */
class ApiContractIT extends IntegrationTest {

    @Test
    void aTokenIsIssuedForGoodCredentialsOnly() {
        var ok = api().post("/api/v1/auth/token", null, Map.of("username", "street1", "password", "gridguard"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("token").asString()).isNotBlank();
        assertThat(ok.json().get("expiresIn").asLong()).isEqualTo(3600);
        var wrong = api().post("/api/v1/auth/token", null, Map.of("username", "street1", "password", "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/api/v1/people", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void meTellsWhoTheTokenStandsFor() {
        var me = api().get("/api/v1/me", api().token("gate1")).json();
        assertThat(me.get("username").asString()).isEqualTo("gate1");
        assertThat(me.get("role").asString()).isEqualTo("CHECKPOINT_OPERATOR");
        assertThat(me.get("placeId").asLong()).isPositive();
        assertThat(api().get("/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void aGridWorkersTreeIsThePathToTheirGrid() {
        JsonNode tree = api().get("/api/v1/jurisdiction", api().token("grid1")).json();
        assertThat(tree.get("level").asString()).isEqualTo("DISTRICT");
        JsonNode street = tree.get("children").get(0);
        JsonNode community = street.get("children").get(0);
        JsonNode grid = community.get("children").get(0);
        assertThat(tree.get("children").size()).isEqualTo(1);
        assertThat(street.get("children").size()).isEqualTo(1);
        assertThat(community.get("children").size()).isEqualTo(1);
        assertThat(grid.get("id").asLong()).isEqualTo(fixtures.grid1().id());
        assertThat(grid.get("level").asString()).isEqualTo("GRID");
        assertThat(grid.get("name").asString()).isNotBlank();
    }

    @Test
    void aCommunityClerkSeesEveryGridOfTheCommunity() {
        JsonNode tree = api().get("/api/v1/jurisdiction", api().token("community1")).json();
        JsonNode community = tree.get("children").get(0).get("children").get(0);
        assertThat(community.get("id").asLong()).isEqualTo(fixtures.community1().id());
        assertThat(community.get("children").size()).isEqualTo(fixtures.jurisdictions().children(fixtures.community1().id()).size());
    }

    @Test
    void checkpointsAndDepartmentsAreListsWithIdAndName() {
        ApiClient api = api();
        JsonNode checkpoints = api.get("/api/v1/checkpoints?size=5", api.token("district")).json();
        assertThat(checkpoints.get("total").asLong()).isEqualTo(10);
        assertThat(checkpoints.get("size").asInt()).isEqualTo(5);
        assertThat(checkpoints.get("items").size()).isEqualTo(5);
        assertThat(checkpoints.get("items").get(0).has("id")).isTrue();
        assertThat(checkpoints.get("items").get(0).has("name")).isTrue();
        JsonNode departments = api.get("/api/v1/departments", api.token("grid1")).json();
        assertThat(departments.get("total").asLong()).isEqualTo(5);
        assertThat(departments.get("items").valueStream().map(d -> d.get("name").asString())).contains("区卫健局", "区公安分局");
    }

    @Test
    void theOpenApiDescriptionDocumentsTheContract() {
        var docs = api().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/auth/token")).isTrue();
        assertThat(paths.has("/api/v1/people")).isTrue();
        assertThat(paths.has("/api/v1/people/{id}")).isTrue();
        assertThat(paths.has("/api/v1/jurisdiction")).isTrue();
        assertThat(paths.has("/api/v1/checkpoints")).isTrue();
        assertThat(paths.has("/api/v1/departments")).isTrue();
        // served by its own handler mapping (HotPathMapping), and still described
        JsonNode scan = paths.get("/api/v1/checkpoints/{id}/scans").get("post");
        assertThat(scan.get("summary").asString()).startsWith("Check a person at a gate");
        // its body is read by HotBodyReader, not @RequestBody: described as the body, not as query parameters
        assertThat(scan.get("requestBody").get("required").asBoolean()).isTrue();
        assertThat(scan.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString()).endsWith("/ScanRequest");
        assertThat(scan.get("parameters").valueStream().map(p -> p.get("name").asString())).containsExactly("id");
        assertThat(docs.json().get("components").get("schemas").get("ScanRequest").get("properties").has("idNumber")).isTrue();
        assertThat(api().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void healthIsPublicAndMetricsNeedDistrictCommand() {
        assertThat(api().get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api().get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api().get("/actuator/prometheus", api().token("grid1")).status()).isEqualTo(403);
        var metrics = api().get("/actuator/prometheus", api().token("district"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    @Test
    void pagesServeTheirScriptsFromTheApplication() {
        assertThat(api().get("/webjars/htmx.org/dist/htmx.min.js", null).status()).isEqualTo(200);
        String login = api().get("/login", null).body();
        assertThat(login).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }
}
