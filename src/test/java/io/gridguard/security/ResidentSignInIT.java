package io.gridguard.security;

import java.util.Map;
import java.util.regex.Pattern;

import io.gridguard.support.ApiClient;
import io.gridguard.support.DemoFixtures;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents sign in with a one-time code to their phone (shown on screen only in demo mode). */
class ResidentSignInIT extends IntegrationTest {

    private static final Pattern DEMO_CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");

    record Resident(WebSession session, long personId, String phone) {
    }

    /** Signs in the n-th resident of grid 1 who has a phone of their own. */
    static Resident signIn(WebSession web, DemoFixtures fixtures, int n) {
        var resident = residentWithOwnPhone(web, fixtures, n);
        web.get("/resident/login");
        var sent = web.post("/resident/login/code", Map.of("phone", resident.phone()));
        var code = DEMO_CODE.matcher(sent.body());
        assertThat(code.find()).as("demo mode shows the code").isTrue();
        var verified = web.post("/resident/login/verify", Map.of("phone", resident.phone(), "code", code.group(1)));
        assertThat(verified.status()).isEqualTo(302);
        assertThat(verified.location()).endsWith("/resident");
        return new Resident(web, resident.personId(), resident.phone());
    }

    private static Resident residentWithOwnPhone(WebSession web, DemoFixtures fixtures, int n) {
        ApiClient api = new ApiClient(baseOf(web));
        String token = api.token("district");
        var items = api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=100", token).json().get("items");
        int found = 0;
        for (var item : items) {
            if (item.get("phone") == null || !"RESIDENT_ID".equals(item.get("idType").asString())) {
                continue;
            }
            String phone = api.get("/api/v1/people/" + item.get("id").asLong(), token).json().get("phone").asString();
            if (phone.startsWith("1") && api.get("/api/v1/people?q=" + phone, token).json().get("total").asLong() == 1 && found++ == n) {
                return new Resident(web, item.get("id").asLong(), phone);
            }
        }
        throw new IllegalStateException("grid 1 has fewer than " + (n + 1) + " residents with their own phone");
    }

    private static String baseOf(WebSession web) {
        return web.base();
    }

    @Test
    void aResidentSignsInWithTheCodeAndSeesTheirOwnDetails() {
        var resident = signIn(browserless(), fixtures, 1);
        var home = resident.session().get("/resident");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("****");
        var code = resident.session().get("/resident/code");
        assertThat(code.status()).isEqualTo(200);
        assertThat(code.body()).contains("data-colour=\"GREEN\"").contains("绿码").contains("/resident/code/qr.png");
        assertThat(resident.session().get("/resident/code/qr.png").status()).isEqualTo(200);
    }

    @Test
    void aWrongCodeIsRefusedAndRepeatedWrongCodesLockThePhone() {
        WebSession web = browserless();
        var resident = residentWithOwnPhone(web, fixtures, 2);
        web.get("/resident/login");
        web.post("/resident/login/code", Map.of("phone", resident.phone()));
        var wrong = web.post("/resident/login/verify", Map.of("phone", resident.phone(), "code", "000000"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("验证码不正确");
        for (int i = 0; i < 5; i++) {
            web.post("/resident/login/verify", Map.of("phone", resident.phone(), "code", "000001"));
        }
        var locked = web.post("/resident/login/code", Map.of("phone", resident.phone()));
        assertThat(locked.body()).contains("已暂时锁定");
    }

    @Test
    void aCodeCannotBeRequestedAgainAtOnce() {
        WebSession web = browserless();
        var resident = residentWithOwnPhone(web, fixtures, 3);
        web.get("/resident/login");
        web.post("/resident/login/code", Map.of("phone", resident.phone()));
        var again = web.post("/resident/login/code", Map.of("phone", resident.phone()));
        assertThat(again.body()).contains("秒后再试");
    }

    @Test
    void anUnknownPhoneGetsTheSameAnswerAndNoCode() {
        WebSession web = browserless();
        web.get("/resident/login");
        var page = web.post("/resident/login/code", Map.of("phone", "19999999999"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("如果该号码已登记").doesNotContain("demo-code");
        var notMobile = web.post("/resident/login/code", Map.of("phone", "0571-88888888"));
        assertThat(notMobile.body()).contains("请输入 11 位手机号码");
    }
}
