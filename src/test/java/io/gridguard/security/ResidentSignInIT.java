package io.gridguard.security;

import java.util.Map;

import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Residents sign in with a one-time code to their phone (shown on screen only in demo mode). */
class ResidentSignInIT extends IntegrationTest {

    @Test
    void aResidentSignsInWithTheCodeAndSeesTheirOwnDetails() {
        var resident = ResidentLogin.signIn(browserless(), fixtures, 1);
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
        var resident = ResidentLogin.withOwnPhone(web, fixtures, 2);
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
        var resident = ResidentLogin.withOwnPhone(web, fixtures, 3);
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
