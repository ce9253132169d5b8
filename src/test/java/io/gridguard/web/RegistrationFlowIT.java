package io.gridguard.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-registration from the QR poster, confirmed or rejected by the community clerk. */
class RegistrationFlowIT extends IntegrationTest {

    @Test
    void aNewcomerRegistersAndTheClerkConfirmsThemIntoAGrid() {
        String idNumber = Ids.next();
        assertThat(submit(idNumber, "SELF").body()).contains("register-done");

        WebSession clerk = browserless().loggedIn("community1");
        var pending = clerk.get("/registrations");
        assertThat(pending.body()).contains("来杭务工").contains(idNumber.substring(0, 6) + "********");
        long registration = idOf(pending.body(), idNumber);
        var confirmed = clerk.post("/registrations/" + registration + "/confirm", Map.of("gridId", String.valueOf(fixtures.grid1().id())));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(clerk.follow(confirmed).body()).contains("已确认登记");

        var found = api().get("/api/v1/people?idNumber=" + idNumber, api().token("grid1")).json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("floating").asBoolean()).isTrue();
        assertThat(clerk.get("/registrations").body()).doesNotContain("/registrations/" + registration + "/confirm");
    }

    @Test
    void aLandlordMustGiveTheirOwnNameAndPhone() {
        var form = registration(Ids.next(), "TENANT");
        form.remove("landlordName");
        form.put("landlordPhone", "123");
        WebSession web = browserless();
        web.get("/register");
        var page = web.post("/register", form);
        assertThat(page.body()).contains("必填").contains("请输入有效的电话号码").doesNotContain("register-done");
    }

    @Test
    void theSameSubmissionTwiceIsOneRegistration() {
        String idNumber = Ids.next();
        submit(idNumber, "SELF");
        assertThat(submit(idNumber, "SELF").body()).contains("已有一条待确认的登记");
    }

    @Test
    void aRejectionNeedsAReasonAndAnotherCommunityCannotDecide() {
        String idNumber = Ids.next();
        submit(idNumber, "TENANT");
        WebSession clerk = browserless().loggedIn("community1");
        long registration = idOf(clerk.get("/registrations").body(), idNumber);
        var noReason = clerk.post("/registrations/" + registration + "/reject", Map.of("reason", " "));
        assertThat(clerk.follow(noReason).body()).contains("退回时须填写原因");

        WebSession otherCommunity = browserless().loggedIn("community2");
        otherCommunity.get("/registrations");
        assertThat(otherCommunity.post("/registrations/" + registration + "/reject", Map.of("reason", "x")).status()).isEqualTo(403);

        clerk.get("/registrations");
        var rejected = clerk.post("/registrations/" + registration + "/reject", Map.of("reason", "身份信息无法核实"));
        assertThat(clerk.follow(rejected).body()).contains("已退回");
    }

    @Test
    void thePosterCarriesAQrCodeOfTheForm() {
        var qr = browserless().get("/register/qr.png?community=" + fixtures.community1().id());
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.body()).startsWith("\uFFFDPNG");
        assertThat(browserless().get("/register/qr.png?community=" + fixtures.grid1().id()).status()).isEqualTo(404);
        var poster = browserless().loggedIn("community1").get("/registrations/poster?community=" + fixtures.community1().id());
        assertThat(poster.body()).contains("/register/qr.png?community=" + fixtures.community1().id());
    }

    private WebSession.Page submit(String idNumber, String kind) {
        WebSession web = browserless();
        web.get("/register?community=" + fixtures.community1().id());
        return web.post("/register", registration(idNumber, kind));
    }

    private Map<String, String> registration(String idNumber, String kind) {
        var form = new HashMap<String, String>();
        form.put("kind", kind);
        form.put("communityId", String.valueOf(fixtures.community1().id()));
        form.put("name", "来杭务工");
        form.put("idType", "RESIDENT_ID");
        form.put("idNumber", idNumber);
        form.put("phone", "13600002222");
        form.put("nationality", "CHN");
        form.put("address", "青年公寓1号3号房");
        form.put("originRegion", "安徽省");
        form.put("arrivalDate", "2020-02-10");
        form.put("landlordName", "房东甲");
        form.put("landlordPhone", "13500003333");
        return form;
    }

    /** The pending registration's id, found by the confirm form that follows the masked ID number. */
    private static long idOf(String page, String idNumber) {
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        int at = page.indexOf(masked);
        assertThat(at).as("registration listed").isPositive();
        Matcher m = Pattern.compile("/registrations/(\\d+)/confirm").matcher(page);
        assertThat(m.find(at)).isTrue();
        return Long.parseLong(m.group(1));
    }
}
