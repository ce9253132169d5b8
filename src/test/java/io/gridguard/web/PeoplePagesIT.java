package io.gridguard.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The people pages through HTTP: masked lists, htmx partials, forms with errors, the language switch. */
class PeoplePagesIT extends IntegrationTest {

    private static final Pattern FULL_RESIDENT_ID = Pattern.compile(">\\d{17}[\\dX]<");

    @Test
    void theListIsMaskedAndHtmxGetsOnlyTheRows() {
        WebSession web = browserless().loggedIn("grid1");
        var page = web.get("/people");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html").contains("330188********");
        assertThat(FULL_RESIDENT_ID.matcher(page.body()).find()).as("no full ID number in a list").isFalse();

        var rows = web.get("/people?q=" + java.net.URLEncoder.encode("王", java.nio.charset.StandardCharsets.UTF_8), "HX-Request", "true");
        assertThat(rows.status()).isEqualTo(200);
        assertThat(rows.body()).doesNotContain("<html").contains("people-table");
    }

    @Test
    void aWrongChecksumShowsTheChineseMessageBesideTheField() {
        WebSession web = browserless().loggedIn("grid1");
        web.get("/people/new");
        var page = web.post("/people", form(Ids.withWrongChecksum(Ids.next())));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("身份证号校验位不正确");
    }

    @Test
    void englishIsChosenOnceAndRemembered() {
        WebSession web = browserless().loggedIn("grid1");
        assertThat(web.get("/people").body()).contains("<title>人员 · 网格智控</title>");
        assertThat(web.get("/people?lang=en").body()).contains("<title>People · GridGuard</title>");
        assertThat(web.get("/").body()).contains("<title>Home · GridGuard</title>");
        web.get("/people/new");
        assertThat(web.post("/people", form(Ids.withWrongChecksum(Ids.next()))).body()).contains("The check digit of this ID number is wrong");
    }

    @Test
    void aValidFormRegistersAndOpensTheAuditedRecord() {
        WebSession web = browserless().loggedIn("community1");
        web.get("/people/new");
        String idNumber = Ids.next();
        var created = web.post("/people", form(idNumber));
        assertThat(created.status()).isEqualTo(302);
        var detail = web.follow(created);
        assertThat(detail.body()).contains(idNumber).contains("查看完整信息已记入审计日志");
        var audit = browserless().loggedIn("district").get("/audit?q=community1");
        assertThat(audit.body()).contains("PERSON_CREATE").contains("PERSON_VIEW");
    }

    @Test
    void aDuplicateDocumentIsShownOnTheForm() {
        WebSession web = browserless().loggedIn("grid1");
        String idNumber = Ids.next();
        web.get("/people/new");
        assertThat(web.post("/people", form(idNumber)).status()).isEqualTo(302);
        web.get("/people/new");
        assertThat(web.post("/people", form(idNumber)).body()).contains("该证件号码已登记");
    }

    private Map<String, String> form(String idNumber) {
        var form = new HashMap<String, String>();
        form.put("name", "表单测试");
        form.put("idType", "RESIDENT_ID");
        form.put("idNumber", idNumber);
        form.put("phone", "13700001234");
        form.put("gridId", String.valueOf(fixtures.grid1().id()));
        form.put("nationality", "CHN");
        form.put("preferredLanguage", "zh-CN");
        return form;
    }
}
