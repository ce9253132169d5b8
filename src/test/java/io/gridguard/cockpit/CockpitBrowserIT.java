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
}
