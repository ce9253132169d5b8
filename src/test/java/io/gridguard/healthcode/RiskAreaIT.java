package io.gridguard.healthcode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Risk areas kept by district command, and arrivals that match them within the policy's window. */
class RiskAreaIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    private static boolean areasAdded;

    @BeforeEach
    void areas() {
        if (areasAdded) {
            return;
        }
        ApiClient api = api();
        String command = api.token("district");
        assertThat(api.post("/api/v1/health-code/risk-areas", command, Map.of("regionCode", "420100", "name", "湖北省武汉市",
                "level", "HIGH", "validFrom", TODAY.minusDays(40).toString())).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/health-code/risk-areas", command, Map.of("regionCode", "310100", "name", "上海市",
                "level", "MEDIUM", "validFrom", TODAY.minusDays(40).toString(), "validTo", TODAY.minusDays(5).toString())).status()).isEqualTo(201);
        areasAdded = true;
    }

    private JsonNode declare(String region, LocalDate arrivedOn) {
        ApiClient api = api();
        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "来杭人员", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        var response = api.post("/api/v1/health-code/arrivals", api.token("community1"),
                Map.of("personId", person, "regionCode", region, "arrivedOn", arrivedOn.toString()));
        assertThat(response.status()).isEqualTo(201);
        return response.json();
    }

    @Test
    void anArrivalFromADistrictOfAHighRiskCityTurnsTheCodeYellow() {
        JsonNode outcome = declare("420106", TODAY.minusDays(3));
        assertThat(outcome.get("matched").get("name").asString()).isEqualTo("湖北省武汉市");
        assertThat(outcome.get("code").get("colour").asString()).isEqualTo("YELLOW");
        assertThat(outcome.get("code").get("reasons").get(0).asString()).isEqualTo("ARRIVAL_FROM_RISK_AREA");
    }

    @Test
    void anArrivalFromElsewhereOrOutsideTheWindowOrAfterTheAreaEndedLeavesItGreen() {
        assertThat(declare("330100", TODAY.minusDays(1)).get("code").get("colour").asString()).isEqualTo("GREEN");
        JsonNode old = declare("420106", TODAY.minusDays(20));
        assertThat(old.get("matched").get("name").asString()).as("matched, but the 14-day window has passed").isEqualTo("湖北省武汉市");
        assertThat(old.get("code").get("colour").asString()).isEqualTo("GREEN");
        JsonNode ended = declare("310101", TODAY.minusDays(2));
        assertThat(ended.has("matched")).as("Shanghai stopped being a risk area five days ago").isFalse();
        assertThat(ended.get("code").get("colour").asString()).isEqualTo("GREEN");
    }

    @Test
    void onlyDistrictCommandKeepsTheListAndCodesAreChecked() {
        ApiClient api = api();
        var body = new HashMap<String, Object>(Map.of("regionCode", "440300", "name", "深圳市", "level", "MEDIUM",
                "validFrom", TODAY.toString()));
        assertThat(api.post("/api/v1/health-code/risk-areas", api.token("community1"), body).status()).isEqualTo(403);
        body.put("regionCode", "4403");
        var invalid = api.post("/api/v1/health-code/risk-areas", api.token("district"), body);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
        assertThat(api.get("/api/v1/health-code/risk-areas", api.token("grid1")).json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        long person = api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=1", api.token("community1"))
                .json().get("items").get(0).get("id").asLong();
        var future = api.post("/api/v1/health-code/arrivals", api.token("community1"),
                Map.of("personId", person, "regionCode", "420106", "arrivedOn", TODAY.plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("arrivedOn");
    }

    @Test
    void aResidentDeclaresOnTheirPhoneAndSeesWhatItMeans() {
        var resident = ResidentLogin.signIn(browserless(), fixtures, 5);
        var phone = resident.session();
        phone.get("/resident/code");
        var declared = phone.post("/resident/arrival", Map.of("regionCode", "420102", "arrivedOn", TODAY.minusDays(1).toString()));
        assertThat(declared.status()).isEqualTo(302);
        var page = phone.get("/resident/code");
        assertThat(page.body()).contains("湖北省武汉市").contains("data-colour=\"YELLOW\"").contains("近期来自中高风险地区");
        var bad = phone.post("/resident/arrival", Map.of("regionCode", "abc", "arrivedOn", TODAY.toString()));
        assertThat(phone.follow(bad).body()).contains("行政区划代码应为 6、9 或 12 位数字");
    }
}
