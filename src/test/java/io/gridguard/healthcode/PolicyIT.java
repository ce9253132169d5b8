package io.gridguard.healthcode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules as data: a dry-run changes nothing, publishing recomputes every code with facts in the background. */
class PolicyIT extends IntegrationTest {

    @Test
    void aShorterArrivalWindowIsTriedThenPublishedAndTheCodesFollow() throws Exception {
        ApiClient api = api();
        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "十日前来", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        api.post("/api/v1/health-code/facts", api.token("community1"), Map.of("personId", person, "kind", "ARRIVAL_FROM_RISK_AREA",
                "source", "UPPER_LEVEL_LIST", "occurredAt", Instant.now().minus(Duration.ofDays(10)).toString()));
        assertThat(colour(api, person)).isEqualTo("YELLOW");

        WebSession command = browserless().loggedIn("district");
        var page = command.get("/health-code/policy?preset=NATIONAL_9TH");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"arrivalDays\"").contains("value=\"7\"");

        var dryRun = command.post("/health-code/policy/dry-run", form(7, "37.3"));
        assertThat(dryRun.body()).contains("id=\"dry-run-result\"").contains("data-from=\"YELLOW\" data-to=\"GREEN\"");
        assertThat(colour(api, person)).as("a dry-run changes nothing").isEqualTo("YELLOW");

        var bad = command.post("/health-code/policy/dry-run", form(7, "45"));
        assertThat(bad.body()).contains("发热阈值应在 36.0 到 40.0 ℃ 之间").doesNotContain("id=\"dry-run-result\"");
        List<Map.Entry<String, String>> pools = new ArrayList<>(form(7, "37.3"));
        pools.replaceAll(field -> field.getKey().equals("lowRiskPool") ? Map.entry("lowRiskPool", "3") : field);
        assertThat(command.post("/health-code/policy/dry-run", pools).body()).as("green people would share tubes with fewer than yellow")
                .contains("风险越高每管人数不多于风险较低者").doesNotContain("id=\"dry-run-result\"");

        var published = command.post("/health-code/policy/publish", form(7, "37.3"));
        assertThat(published.status()).isEqualTo(302);
        waitForRecompute(command);
        assertThat(colour(api, person)).isEqualTo("GREEN");
        assertThat(command.get("/health-code/policy").body()).contains("第九版防控方案").contains("试行第九版");

        // put the 14-day window back for the other tests sharing this database
        command.get("/health-code/policy?preset=HANGZHOU_2020_02");
        assertThat(command.post("/health-code/policy/publish", form(14, "37.3")).status()).isEqualTo(302);
        waitForRecompute(command);
        assertThat(colour(api, person)).isEqualTo("YELLOW");
    }

    @Test
    void scriptsUseTheSameThreeStepsThroughTheApi() throws Exception {
        ApiClient api = api();
        String command = api.token("district");
        var inForce = api.get("/api/v1/health-code/policy", command);
        assertThat(inForce.status()).isEqualTo(200);
        assertThat(inForce.json().get("policy").get("feverThreshold").asDouble()).isEqualTo(37.3);

        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "次密接", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        api.post("/api/v1/health-code/facts", command, Map.of("personId", person, "kind", "CONTACT_SECONDARY", "source", "TEST"));
        var dryRun = api.post("/api/v1/health-code/policy/dry-run", command, Map.of("preset", "TWENTY_MEASURES_2022"));
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("examined").asLong()).isPositive();
        assertThat(dryRun.body()).as("the 2022 rules no longer track secondary contacts")
                .contains("{\"from\":\"YELLOW\",\"to\":\"GREEN\",");

        var neither = api.post("/api/v1/health-code/policy/dry-run", command, Map.of("note", "nothing"), "Accept-Language", "en");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.contentType()).startsWith("application/problem+json");
        assertThat(neither.body()).contains("Give a preset or a whole policy");
        assertThat(api.post("/api/v1/health-code/policy", api.token("community1"), Map.of("preset", "NATIONAL_9TH")).status())
                .isEqualTo(403);

        int before = inForce.json().get("policy").get("version").asInt();
        var published = api.post("/api/v1/health-code/policy", command, Map.of("preset", "HANGZHOU_2020_02", "note", "API"));
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().get("policy").get("version").asInt()).isGreaterThan(before);
        for (int i = 0; i < 100 && !api.get("/api/v1/health-code/policy", command).json().get("recompute").hasNonNull("finishedAt"); i++) {
            Thread.sleep(100);
        }
        var done = api.get("/api/v1/health-code/policy", command).json().get("recompute");
        assertThat(done.hasNonNull("finishedAt")).as("the recompute finished").isTrue();
        assertThat(done.get("failed").asBoolean()).isFalse();
        assertThat(done.get("people").asLong()).as("every resident's code, not only those with facts").isGreaterThan(3000);
    }

    @Test
    void onlyDistrictCommandSeesThePolicy() {
        assertThat(browserless().loggedIn("community1").get("/health-code/policy").status()).isEqualTo(403);
        assertThat(browserless().loggedIn("grid1").get("/health-code/policy/progress").status()).isEqualTo(403);
    }

    private static String colour(ApiClient api, long person) {
        return api.get("/api/v1/people/" + person + "/health-code", api.token("district")).json().get("colour").asString();
    }

    private static void waitForRecompute(WebSession command) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (command.get("/health-code/policy/progress").body().contains("data-running=\"false\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the recompute did not finish in 10 s");
    }

    /** The defaults' red and yellow sets with the given arrival window and fever threshold, as the page posts them. */
    private static List<Map.Entry<String, String>> form(int arrivalDays, String threshold) {
        HealthPolicy defaults = HealthPolicy.defaults();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        defaults.red().forEach(k -> form.add(Map.entry("red", k.name())));
        defaults.yellow().forEach(k -> form.add(Map.entry("yellow", k.name())));
        defaults.recheckClears().forEach(k -> form.add(Map.entry("recheckClears", k.name())));
        form.add(Map.entry("arrivalDays", String.valueOf(arrivalDays)));
        form.add(Map.entry("testMissedDays", "3"));
        form.add(Map.entry("feverDays", "14"));
        form.add(Map.entry("feverThreshold", threshold));
        form.add(Map.entry("centralizedDays", arrivalDays == 7 ? "7" : "14"));
        form.add(Map.entry("homeDays", arrivalDays == 7 ? "3" : "0"));
        form.add(Map.entry("contactWindowMinutes", "30"));
        form.add(Map.entry("infectiousDaysBeforeOnset", "2"));
        form.add(Map.entry("lowRiskPool", "10"));
        form.add(Map.entry("mediumRiskPool", "5"));
        form.add(Map.entry("highRiskPool", "1"));
        form.add(Map.entry("preset", arrivalDays == 7 ? "NATIONAL_9TH" : "HANGZHOU_2020_02"));
        form.add(Map.entry("note", "试行第九版"));
        return form;
    }
}
