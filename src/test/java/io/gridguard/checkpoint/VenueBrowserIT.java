package io.gridguard.checkpoint;

import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The venue-code poster page and the check-in page a resident's phone opens, in headless Chromium at phone width. */
class VenueBrowserIT extends BrowserTest {

    @Test
    void aClerkFindsThePosterAndTheCodeLeadsToTheCheckInPage() {
        ApiClient api = api();
        long checkpoint = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        signIn("community1");
        open("/jurisdiction/places/" + checkpoint);
        driver.findElement(By.id("venue-code")).click();
        WebElement preview = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.venue-preview")));
        Object width = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", preview);
        assertThat(((Number) width).intValue()).as("the poster image loaded").isGreaterThan(1000);
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].getBoundingClientRect().width <= document.documentElement.clientWidth", preview);
        assertThat(fits).as("the preview fits a phone's width").isEqualTo(true);
        screenshot("venue-poster");
        String url = driver.findElement(By.id("venue-url")).getText();

        driver.manage().deleteAllCookies();
        driver.get(url);
        assertThat(driver.findElement(By.id("venue-name")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("sign-in")).getText()).isEqualTo("手机号登录");
        screenshot("venue-check-in");
    }
}
