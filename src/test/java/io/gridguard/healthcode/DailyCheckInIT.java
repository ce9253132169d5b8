package io.gridguard.healthcode;

import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident's daily health check-in (健康打卡) on their code page: once a day; a fever or symptom is a yellow reason. */
class DailyCheckInIT extends IntegrationTest {

    @Test
    void aNormalCheckInOnceADay() {
        WebSession phone = browserless();
        ResidentLogin.signIn(phone, fixtures, 7);
        var done = phone.post("/resident/check-in", Map.of("temperature", "36.4"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(phone.follow(done).body()).contains("id=\"check-in-done\"").contains("最近打卡");
        var again = phone.follow(phone.post("/resident/check-in", Map.of("temperature", "36.5")));
        assertThat(again.body()).contains("今天已经打过卡了");
        var bad = phone.follow(phone.post("/resident/check-in", Map.of("temperature", "52")));
        assertThat(bad.body()).contains("请填写体温（34.0 到 43.0 ℃）");
    }

    @Test
    void aSymptomMakesTheCodeYellow() {
        WebSession phone = browserless();
        var resident = ResidentLogin.signIn(phone, fixtures, 8);
        phone.post("/resident/check-in", List.of(Map.entry("temperature", "36.6"), Map.entry("symptom", "COUGH")));
        ApiClient api = api();
        var code = api.get("/api/v1/people/" + resident.personId() + "/health-code", api.token("district"), "Accept-Language", "en").json();
        assertThat(code.get("colour").asString()).isEqualTo("YELLOW");
        assertThat(code.get("reasons").get(0).get("code").asString()).isEqualTo("CHECK_IN_ABNORMAL");
        assertThat(code.get("reasons").get(0).get("text").asString()).contains("Abnormal daily check-in");
        assertThat(browserless().loggedIn("grid1").post("/resident/check-in", Map.of("temperature", "36.4")).status())
                .as("staff cannot check in for themselves").isEqualTo(403);
    }
}
