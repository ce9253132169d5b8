package io.gridguard.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.internal.CodeKeys;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.QrCodes;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.Respelled;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Health codes and gate scans end to end through the API (DESIGN.md flow 1). */
class GateScanIT extends IntegrationTest {

    @Autowired
    CodeKeys keys;

    private long newPerson(ApiClient api) {
        return api.post("/api/v1/people", api.token("community1"), Map.of("name", "过卡口", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
    }

    private long checkpoint1(ApiClient api) {
        return api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
    }

    private ApiClient.Response scan(ApiClient api, String who, long checkpoint, Map<String, Object> body) {
        return api.post("/api/v1/checkpoints/" + checkpoint + "/scans", api.token(who), body);
    }

    @Test
    void aNewPersonIsGreenWithASignedTokenTheirQrAndNoPersonalDataInIt() {
        ApiClient api = api();
        long id = newPerson(api);
        JsonNode code = api.get("/api/v1/people/" + id + "/health-code", api.token("grid1")).json();
        assertThat(code.get("colour").asString()).isEqualTo("GREEN");
        assertThat(code.get("reasons").size()).isZero();
        String token = code.get("token").asString();
        assertThat(token).startsWith("GG2.");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.US_ASCII);
        assertThat(payload).doesNotContain(String.valueOf(id)).doesNotContain("过卡口").matches("[A-Za-z0-9_-]{22}\\|\\d+\\|\\d+\\|G\\|[A-Za-z0-9_-]{11}");
        assertThat(Instant.parse(code.get("expiresAt").asString())).isBetween(Instant.now(), Instant.now().plusSeconds(125));
        var qr = api.get(code.get("qrUrl").asString(), api.token("grid1"));
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).isEqualTo("image/png");
        assertThat(api.get("/api/v1/people/" + id + "/health-code", api.token("grid2")).status()).isEqualTo(403);
        assertThat(browserless().loggedIn("district").get("/audit?q=" + id).body())
                .as("a token fetched by staff is audited").contains("HEALTH_CODE_TOKEN").contains("grid1");
    }

    /** What a gate's camera reads off the resident's phone is a whole token, and the gate takes it. */
    @Test
    void theTokenInTheResidentsQrImageIsReadBackAndPassesAGate() {
        ApiClient api = api();
        var resident = ResidentLogin.signIn(browserless(), fixtures, 12);
        var image = resident.session().download("/resident/code/qr.png");
        assertThat(image.statusCode()).isEqualTo(200);
        String token = QrCodes.text(image.body());
        assertThat(token).startsWith("GG2.").hasSizeGreaterThan(180);
        String colour = api.get("/api/v1/people/" + resident.personId() + "/health-code", api.token("district")).json().get("colour").asString();
        var scanned = scan(api, "gate1", checkpoint1(api), Map.of("token", token, "temperature", 36.5, "direction", "IN"));
        assertThat(scanned.status()).isEqualTo(201);
        assertThat(scanned.json().get("colour").asString()).isEqualTo(colour);
        // decided on the code (GREEN_CODE, YELLOW_CODE or YELLOW_ALLOWED, RED_CODE), not refused as a token
        assertThat(scanned.json().get("reason").asString()).startsWith(colour + "_");
        assertThat(scanned.json().get("decision").asString()).isEqualTo(switch (colour) {
            case "GREEN" -> "PASS";
            case "RED" -> "DENY";
            default -> scanned.json().get("reason").asString().equals("YELLOW_ALLOWED") ? "PASS" : "DENY";
        });
    }

    @Test
    void aGateDeviceCanVerifyATokenOfflineWithThePublishedKey() throws Exception {
        ApiClient api = api();
        JsonNode key = api.get("/api/v1/health-code/public-key", null).json();
        assertThat(key.get("algorithm").asString()).isEqualTo("Ed25519");
        var publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.get("publicKey").asString())));
        String token = api.get("/api/v1/people/" + newPerson(api) + "/health-code", api.token("grid1")).json().get("token").asString();
        String[] parts = token.substring(4).split("\\.");
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[1]))).isTrue();
    }

    @Test
    void greenPassesRedIsDeniedAndEveryScanIsAnswered201() {
        ApiClient api = api();
        long person = newPerson(api);
        long gate = checkpoint1(api);
        String token = api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("token").asString();
        var pass = scan(api, "gate1", gate, Map.of("token", token, "temperature", 36.6, "direction", "IN"));
        assertThat(pass.status()).isEqualTo(201);
        assertThat(pass.json().get("decision").asString()).isEqualTo("PASS");
        assertThat(pass.json().get("reason").asString()).isEqualTo("GREEN_CODE");
        assertThat(pass.json().get("person").get("name").asString()).isEqualTo("过**");
        assertThat(pass.json().get("person").get("idNumber").asString()).contains("********");
        assertThat(pass.json().get("scanId").asLong()).isPositive();

        var red = api.post("/api/v1/health-code/facts", api.token("community1"),
                Map.of("personId", person, "kind", "CASE_CONFIRMED", "source", "TRACING"));
        assertThat(red.status()).isEqualTo(201);
        assertThat(red.json().get("colour").asString()).isEqualTo("RED");
        assertThat(red.json().get("reasons").get(0).get("text").asString()).isEqualTo("确诊病例");
        assertThat(browserless().loggedIn("district").get("/audit?q=" + person).body())
                .as("a fact recorded by hand is audited").contains("HEALTH_FACT_RECORD").contains("community1");

        String idNumber = api.get("/api/v1/people/" + person, api.token("district")).json().get("idNumber").asString();
        var denied = scan(api, "gate1", gate, Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "OUT"));
        assertThat(denied.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(denied.json().get("reason").asString()).isEqualTo("RED_CODE");
        assertThat(denied.json().get("colour").asString()).isEqualTo("RED");
    }

    @Test
    void aFeverIsDeniedAndTurnsTheCodeYellow() {
        ApiClient api = api();
        long person = newPerson(api);
        String token = api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("token").asString();
        var fever = scan(api, "gate1", checkpoint1(api), Map.of("token", token, "temperature", 37.3, "direction", "IN"));
        assertThat(fever.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(fever.json().get("reason").asString()).isEqualTo("FEVER");
        JsonNode code = api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json();
        assertThat(code.get("colour").asString()).isEqualTo("YELLOW");
        assertThat(code.get("reasons").get(0).get("code").asString()).isEqualTo("FEVER_AT_GATE");
        JsonNode feverEvents = api.get("/api/v1/events?category=FEVER&state=DISPATCHED", api.token("dept-health")).json().get("items");
        JsonNode raised = null;
        for (JsonNode event : feverEvents) {
            raised = event.get("description").asString().contains("37.3°C") && event.get("source").asString().equals("RULE") ? event : raised;
        }
        assertThat(raised).as("the gate opened a FEVER event for the health department").isNotNull();
    }

    @Test
    void forgedAndExpiredTokensAreStoredAndDeniedWithTheirReason() {
        ApiClient api = api();
        long gate = checkpoint1(api);
        String token = api.get("/api/v1/people/" + newPerson(api) + "/health-code", api.token("district")).json().get("token").asString();
        String forged = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        var invalid = scan(api, "gate1", gate, Map.of("token", forged, "temperature", 36.5, "direction", "IN"));
        assertThat(invalid.status()).isEqualTo(201);
        assertThat(invalid.json().get("reason").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(invalid.json().get("scanId").asLong()).isPositive();
        assertThat(invalid.json().has("person")).isFalse();

        String reference = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.US_ASCII).split("\\|")[0];
        Instant past = Instant.now().minusSeconds(600);
        String expired = keys.tokens().sign(reference, past, past.plusSeconds(120), Colour.GREEN);
        var late = scan(api, "gate1", gate, Map.of("token", expired, "temperature", 36.5, "direction", "IN"));
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(late.json().get("reason").asString()).isEqualTo("EXPIRED_TOKEN");

        // signed with the platform's key, but naming nobody (a code deleted since, or a key that leaked)
        String nobody = keys.tokens().sign("nobodyHasThisReference", Instant.now(), Instant.now().plusSeconds(120), Colour.GREEN);
        var unknown = scan(api, "gate1", gate, Map.of("token", nobody, "temperature", 36.5, "direction", "IN"));
        assertThat(unknown.status()).isEqualTo(201);
        assertThat(unknown.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(unknown.json().get("reason").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(unknown.json().has("person")).isFalse();
    }

    @Test
    void aTokenLetsOnePersonThroughOnceAndItsReplaysAreRefused() throws Exception {
        ApiClient api = api();
        long gate = checkpoint1(api);
        long person = newPerson(api);
        String token = api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("token").asString();
        assertThat(scan(api, "gate1", gate, Map.of("token", token, "temperature", 36.5, "direction", "IN")).json()
                .get("decision").asString()).isEqualTo("PASS");
        var again = scan(api, "gate1", gate, Map.of("token", token, "temperature", 36.5, "direction", "OUT"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(again.json().get("reason").asString()).isEqualTo("REPLAYED_TOKEN");
        assertThat(again.json().get("scanId").asLong()).as("the replay is stored like any attempt").isPositive();
        // the same bytes spelled otherwise (the unused bits of a part's last base64 character) are not a second token
        var other = scan(api, "gate1", gate, Map.of("token", Respelled.part(token, 2), "temperature", 36.5, "direction", "IN"));
        assertThat(other.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(other.json().get("reason").asString()).isEqualTo("INVALID_TOKEN");
        var fever = scan(api, "gate1", gate, Map.of("token", token, "temperature", 38.2, "direction", "IN"));
        assertThat(fever.json().get("reason").asString()).isEqualTo("REPLAYED_TOKEN");
        assertThat(api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("colour").asString())
                .as("a fever shown with someone else's picture is not the named person's fever").isEqualTo("GREEN");

        // The same picture at many gates at once: one gets through, wherever the scans meet (one group or several).
        String shared = api.get("/api/v1/people/" + newPerson(api) + "/health-code", api.token("district")).json().get("token").asString();
        var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> scan(api, "gate1", gate, Map.of("token", shared, "temperature", 36.5, "direction", "IN"))
                        .json().get("reason").asString()));
            }
        }
        var reasons = new java.util.ArrayList<String>();
        for (var future : futures) {
            reasons.add(future.get());
        }
        assertThat(reasons).containsOnlyOnce("GREEN_CODE").filteredOn("REPLAYED_TOKEN"::equals).hasSize(7);

        String fresh = api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("token").asString();
        assertThat(scan(api, "gate1", gate, Map.of("token", fresh, "temperature", 36.5, "direction", "OUT")).json()
                .get("decision").asString()).as("a refreshed code passes").isEqualTo("PASS");
    }

    @Test
    void malformedScansAreFourHundredsNamingTheField() {
        ApiClient api = api();
        long gate = checkpoint1(api);
        var nothing = scan(api, "gate1", gate, Map.of("temperature", 36.5, "direction", "IN"));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
        var hot = scan(api, "gate1", gate, Map.of("idNumber", "110101199003071233", "temperature", 50, "direction", "IN"));
        assertThat(hot.status()).isEqualTo(400);
        assertThat(hot.json().get("errors").get(0).get("field").asString()).isEqualTo("temperature");
        var missing = scan(api, "gate1", gate, new HashMap<>(Map.of("idNumber", "110101199003071233")));
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("temperature", "direction");
        var badDirection = api.post("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"),
                "{\"idNumber\":\"110101199003071233\",\"temperature\":36.5,\"direction\":\"SIDEWAYS\"}");
        assertThat(badDirection.status()).isEqualTo(400);
        assertThat(badDirection.json().get("errors").get(0).get("field").asString()).isEqualTo("direction");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAndNothingIsStored() {
        ApiClient api = api();
        long gate = checkpoint1(api);
        String path = "/api/v1/checkpoints/" + gate + "/scans";
        String valid = "{\"idNumber\":\"110101199003071233\",\"temperature\":36.5,\"direction\":\"IN\"}";
        long before = api.get("/api/v1/checkpoints/" + gate + "/figures", api.token("district")).json().get("people").asLong();

        for (String unreadable : List.of("{\"idNumber\": ", "null", "", "[1, 2]", "{\"temperature\": \"warm\"}")) {
            var refused = api.postRaw(path, api.token("gate1"), "application/json", unreadable);
            assertThat(refused.status()).as(unreadable).isEqualTo(400);
            assertThat(refused.contentType()).as(unreadable).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("message").asString()).as(unreadable).isNotBlank();
        }
        // the field that could not be read is named
        assertThat(api.postRaw(path, api.token("gate1"), "application/json", "{\"temperature\": \"warm\"}")
                .json().get("errors").get(0).get("field").asString()).isEqualTo("temperature");
        assertThat(api.postRaw(path, api.token("gate1"), "text/plain", valid).status()).isEqualTo(415);
        assertThat(api.postRaw(path, api.token("gate1"), null, valid).status()).isEqualTo(415);
        assertThat(api.postRaw(path, api.token("gate1"), "not a media type", valid).status()).isEqualTo(415);
        assertThat(api.get("/api/v1/checkpoints/" + gate + "/figures", api.token("district")).json().get("people").asLong())
                .isEqualTo(before);

        // JSON by its other names is read as JSON
        assertThat(api.postRaw(path, api.token("gate1"), "application/json;charset=UTF-8", valid).status()).isEqualTo(201);
        assertThat(api.postRaw(path, api.token("gate1"), "application/vnd.gate+json", valid).status()).isEqualTo(201);
        assertThat(api.postRaw(path, api.token("gate1"), "application/json;charset=NO-SUCH-CHARSET", valid).status()).isEqualTo(415);
    }

    @Test
    void aBodyInTheCharsetItNamesIsReadInIt() {
        ApiClient api = api();
        long gate = checkpoint1(api);
        String withPlate = "{\"idNumber\":\"110101199003071233\",\"temperature\":36.5,\"direction\":\"IN\",\"plate\":\"浙C77177\"}";

        var gbk = api.postRaw("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"), "application/json;charset=GBK",
                withPlate.getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(201);
        // the list of the day's scans, the latest first, shows the plate as it was meant: 浙 read as 浙
        assertThat(browserless().loggedIn("district").get("/checkpoints/scans?checkpointId=" + gate).body()).contains("浙C77177");
    }

    @Test
    void anOperatorScansOnlyAtTheirOwnCheckpoint() {
        ApiClient api = api();
        var all = api.get("/api/v1/checkpoints", api.token("district")).json().get("items");
        long own = checkpoint1(api);
        long other = all.valueStream().map(c -> c.get("id").asLong()).filter(id -> id != own).findFirst().orElseThrow();
        Map<String, Object> body = Map.of("idNumber", "110101199003071233", "temperature", 36.5, "direction", "IN");
        assertThat(scan(api, "gate1", other, body).status()).isEqualTo(403);
        assertThat(scan(api, "grid1", own, body).status()).isEqualTo(403);
        assertThat(scan(api, "district", other, body).status()).isEqualTo(201);
        assertThat(scan(api, "gate1", 99999999L, body).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/checkpoints/" + own + "/scans", null, body).status()).isEqualTo(401);
    }

    @Test
    void aDaysFiguresCountPeopleVehiclesAndDenialsByReason() {
        ApiClient api = api();
        var items = api.get("/api/v1/checkpoints", api.token("district")).json().get("items");
        long last = items.get(items.size() - 1).get("id").asLong();
        long person = newPerson(api);
        String idNumber = api.get("/api/v1/people/" + person, api.token("district")).json().get("idNumber").asString();
        scan(api, "district", last, Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "IN"));
        scan(api, "district", last, Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "OUT", "plate", "浙A12345"));
        long passenger = newPerson(api);
        String passengerId = api.get("/api/v1/people/" + passenger, api.token("district")).json().get("idNumber").asString();
        scan(api, "district", last, Map.of("idNumber", passengerId, "temperature", 36.6, "direction", "OUT", "plate", "浙a12345"));
        scan(api, "district", last, Map.of("token", "GG2.forged.token.seal", "temperature", 36.5, "direction", "IN"));
        scan(api, "district", last, Map.of("idNumber", idNumber, "temperature", 38.1, "direction", "IN"));

        JsonNode figures = api.get("/api/v1/checkpoints/" + last + "/figures", api.token("district")).json();
        assertThat(figures.get("people").asLong()).as("every scan is a person, passengers too").isEqualTo(5);
        assertThat(figures.get("vehicles").asLong()).as("driver and passenger under one plate").isEqualTo(1);
        assertThat(figures.get("passed").asLong()).isEqualTo(3);
        assertThat(figures.get("denied").asLong()).isEqualTo(2);
        assertThat(figures.get("deniedByReason").get("FEVER").asLong()).isEqualTo(1);
        assertThat(figures.get("deniedByReason").get("INVALID_TOKEN").asLong()).isEqualTo(1);
        assertThat(figures.get("perHour").valueStream().mapToLong(JsonNode::asLong).sum()).isEqualTo(5);
        assertThat(figures.get("days").size()).isEqualTo(14);
        assertThat(figures.get("days").get(13).get("scans").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/checkpoints/" + last + "/figures", api.token("gate1")).status()).isEqualTo(403);

        var page = browserless().loggedIn("district").get("/checkpoints/" + last + "/figures");
        assertThat(page.body()).contains("id=\"figure-people\">5<").contains("id=\"figure-denied\">2<").contains("体温异常");
    }

    @Test
    void theGatePageShowsTheDecisionLarge() {
        ApiClient api = api();
        long person = newPerson(api);
        String idNumber = api.get("/api/v1/people/" + person, api.token("district")).json().get("idNumber").asString();
        WebSession gate = browserless().loggedIn("gate1");
        assertThat(gate.get("/gate").status()).isEqualTo(200);
        var result = gate.post("/gate/scan", Map.of("idNumber", idNumber, "temperature", "36.4", "direction", "IN"), "HX-Request", "true");
        assertThat(result.body()).contains("data-decision=\"PASS\"").contains("绿码，体温正常").doesNotContain("<html");
        var unknown = gate.post("/gate/scan", Map.of("idNumber", "AB99999", "temperature", "36.4", "direction", "IN"), "HX-Request", "true");
        assertThat(unknown.body()).contains("data-reason=\"UNKNOWN_PERSON\"");
        var bad = gate.post("/gate/scan", Map.of("temperature", "36.4", "direction", "IN"), "HX-Request", "true");
        assertThat(bad.body()).contains("请扫描健康码或输入证件号码");
        assertThat(browserless().loggedIn("grid1").get("/gate").status()).isEqualTo(403);
    }
}
