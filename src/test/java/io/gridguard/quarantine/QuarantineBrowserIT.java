package io.gridguard.quarantine;

import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import io.gridguard.support.ResidentLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident's report page (in Chinese and English) and a site's room page, in headless Chromium at phone width. */
class QuarantineBrowserIT extends BrowserTest {

    private void submit(WebElement form) {
        form.submit();
        waitUntil(ExpectedConditions.stalenessOf(form));
    }

    @Test
    void aResidentUnderHomeQuarantineReportsTheirTemperatureInChineseAndInEnglish() {
        ApiClient api = api();
        var resident = ResidentLogin.withOwnPhone(browserless(), fixtures, 13);
        long order = api.post("/api/v1/quarantine/orders", api.token("community1"), Map.of("personId", resident.personId(), "kind", "HOME",
                "reason", "境外返回")).json().get("id").asLong();

        driver.manage().deleteAllCookies();
        open("/resident/login");
        driver.findElement(By.id("phone")).sendKeys(resident.phone());
        submit(driver.findElement(By.id("phone")).findElement(By.xpath("ancestor::form")));
        String code = driver.findElement(By.id("demo-code")).getText();
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("verify")).click();
        waitUntil(ExpectedConditions.urlToBe(base() + "/resident"));

        open("/me/quarantine");
        assertThat(driver.findElement(By.id("my-order")).getText()).contains("居家隔离").contains("第 1 天");
        driver.findElement(By.name("temperature")).sendKeys("36.6");
        submit(driver.findElement(By.id("my-report")));
        assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("体温已上报。");
        assertThat(driver.findElement(By.id("my-reports")).getText()).contains("36.6 ℃");

        open("/me/quarantine?lang=en");
        assertThat(driver.findElement(By.id("my-order")).getText()).contains("Home quarantine").contains("day 1 of 14");
        driver.findElement(By.name("temperature")).sendKeys("50");
        submit(driver.findElement(By.id("my-report")));
        assertThat(driver.findElement(By.id("errors")).getText()).isEqualTo("Enter a temperature between 34.0 and 43.0 °C.");
        driver.findElement(By.name("temperature")).sendKeys("37.0");
        driver.findElement(By.cssSelector("input[name=symptoms][value=COUGH]")).click();
        submit(driver.findElement(By.id("my-report")));
        assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("Temperature reported.");
        screenshot("quarantine-resident-en");
        JsonNode reports = api.get("/api/v1/quarantine/orders/" + order, api.token("community1")).json().get("reports");
        assertThat(reports.findValuesAsString("source")).containsOnly("SELF").hasSize(2);
        assertThat(reports.get(0).get("symptoms").asString()).isEqualTo("COUGH");
    }

    @Test
    void siteStaffCheckAnArrivalIntoTheSuggestedRoom() {
        ApiClient api = api();
        String command = api.token("district");
        long site = api.get("/api/v1/quarantine/sites", api.token("site1")).json().get("items").get(0).get("siteId").asLong();
        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "到站壬", "idType", "RESIDENT_ID",
                "idNumber", io.gridguard.support.Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        long order = api.post("/api/v1/quarantine/orders", command, Map.of("personId", person, "kind", "CENTRALIZED", "siteId", site,
                "reason", "密接")).json().get("id").asLong();

        signIn("site1");
        open("/quarantine/sites/" + site);
        WebElement arrival = driver.findElement(By.id("arrival-" + order));
        WebElement suggested = arrival.findElement(By.cssSelector("select[name=roomId] option:checked"));
        assertThat(suggested.getText()).contains("推荐");
        String number = suggested.getText().split(" ")[0];
        submit(arrival.findElement(By.tagName("form")));
        assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("房间已安排。");
        assertThat(driver.findElement(By.id("room-" + number)).getText()).contains("已入住").contains("到*");
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(fits).as("the room page fits a phone's width").isEqualTo(true);
        screenshot("quarantine-site");
        assertThat(api.get("/api/v1/quarantine/orders/" + order, command).json().get("roomNumber").asString()).isEqualTo(number);
    }
}
