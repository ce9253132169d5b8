package io.gridguard.cockpit;

import java.util.List;

import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The cockpit's three views in Chromium: the figures are the API's, and nothing is fetched from outside this server. */
class CockpitBrowserIT extends BrowserTest {

    @Test
    void theWallScreenDesktopAndPhoneShowTheScopesFiguresFromThisServerOnly() {
        ApiClient api = api();
        JsonNode summary = api.get("/api/v1/stats/summary", api.token("street1")).json();
        signIn("street1");
        Dimension phone = driver.manage().window().getSize();
        try {
            for (String view : List.of("DESKTOP", "PHONE", "WALL")) {
                if (view.equals("WALL")) {
                    driver.manage().window().setSize(new Dimension(1920, 1080));
                }
                open("/cockpit?view=" + view);
                assertThat(driver.findElement(By.id("scope-name")).getText()).isEqualTo(summary.get("scope").get("name").asString());
                assertThat(driver.findElement(By.cssSelector("#fig-residents .n")).getText()).as(view)
                        .isEqualTo(summary.get("residents").asString());
                assertThat(driver.findElement(By.cssSelector("#fig-floating .n")).getText()).as(view)
                        .isEqualTo(summary.get("floatingPopulation").asString());
                assertThat(driver.findElement(By.cssSelector("#fig-volunteers .n")).getText()).as(view)
                        .isEqualTo(summary.get("volunteers").get("onDuty").asString());
                @SuppressWarnings("unchecked")
                List<String> fetched = (List<String>) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])");
                assertThat(fetched).as(view + ": no request leaves this server").allMatch(url -> url.startsWith(base()));
                screenshot("cockpit-" + view.toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(driver.findElements(By.cssSelector("header.top"))).as("the wall screen has no menu bar").isEmpty();
            assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(11, 22, 32, 1)");
            driver.findElement(By.id("fig-residents")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/people");
        } finally {
            driver.manage().window().setSize(phone);
        }
    }

    @Test
    void theWallScreenDrawsItsChartsAndShowsAnAlertAsItHappensAndTheRiskMapDrawsThePlaces() {
        ApiClient api = api();
        long person = api.post("/api/v1/people", api.token("community1"), java.util.Map.of("name", "墙屏甲", "idType", "RESIDENT_ID",
                "idNumber", io.gridguard.support.Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        String idNumber = api.get("/api/v1/people/" + person, api.token("community1")).json().get("idNumber").asString();
        api.post("/api/v1/cases", api.token("community1"), java.util.Map.of("personId", person, "classification", "CONFIRMED",
                "source", "LOCAL", "onsetDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        signIn("street1");
        Dimension phone = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1920, 1080));
            open("/cockpit?view=WALL");
            waitUntil(d -> "5".equals(d.findElement(By.id("charts")).getAttribute("data-drawn")));
            assertThat(driver.findElements(By.cssSelector("#charts canvas"))).hasSizeGreaterThanOrEqualTo(5);
            waitUntil(d -> "true".equals(d.findElement(By.id("alert-list")).getAttribute("data-connected")));
            driver.findElement(By.id("sound")).click();
            assertThat(driver.findElement(By.id("sound")).getAttribute("aria-pressed")).isEqualTo("true");

            long gate = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
            assertThat(api.post("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"),
                    java.util.Map.of("idNumber", idNumber, "temperature", 36.6, "direction", "IN")).json().get("reason").asString())
                    .isEqualTo("RED_CODE");
            var alert = waitUntil(d -> d.findElements(By.cssSelector("#alert-list li.kind-RED_CODE.new")).stream().findFirst().orElse(null));
            assertThat(alert.getText()).contains("红码人员").contains("墙**").doesNotContain("墙屏甲");
            assertThat(alert.findElement(By.tagName("a")).getAttribute("href")).contains("/checkpoints/scans");
            screenshot("cockpit-wall-alert");
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(fetched).as("charts and the stream come from this server").isNotEmpty().allMatch(url -> url.startsWith(base()));
        } finally {
            driver.manage().window().setSize(phone);
        }

        api.post("/api/v1/risk-map/evaluation", api.token("district"), java.util.Map.of());
        open("/cockpit/risk-map");
        String drawn = waitUntil(d -> d.findElement(By.id("risk-map")).getAttribute("data-places"));
        assertThat(Integer.parseInt(drawn)).isGreaterThan(0);
        assertThat(driver.findElements(By.cssSelector("#risk-map path.leaflet-interactive"))).isNotEmpty();
        screenshot("cockpit-risk-map");
    }
}
