package io.gridguard.testing;

import java.time.LocalDate;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A sampler on a phone: choose campaign and point, type a person's ID and the tube, see the tube fill. */
class SamplingBrowserIT extends BrowserTest {

    @Test
    void aSamplerPutsTwoPeopleIntoOneTubeAndTheTubeIsKeptForTheNext() {
        ApiClient api = api();
        long community = fixtures.community1().id();
        api.post("/api/v1/testing/campaigns", api.token("district"), Map.of("name", "页面采样任务", "nodeId", community,
                "dueDate", LocalDate.now().plusDays(3).toString()));
        api.post("/api/v1/testing/points", api.token("district"), Map.of("name", "页面采样点", "kind", "FIXED", "nodeId", community));
        String first = register(api, "页面采一");
        String second = register(api, "页面采二");
        String tube = "B" + System.nanoTime();

        signIn("doctor1");
        open("/testing/sample");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("campaign"))).selectByVisibleText("页面采样任务");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("point"))).selectByVisibleText("页面采样点");
        driver.findElement(By.name("tube")).sendKeys(tube);
        driver.findElement(By.name("idNumber")).sendKeys(first);
        driver.findElement(By.cssSelector("#sample-form button[type=submit]")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("taken")));
        assertThat(driver.findElement(By.id("taken")).getText()).contains(tube).contains("1/10").contains("低风险");

        assertThat(driver.findElement(By.name("tube")).getAttribute("value")).as("the open tube is kept").isEqualTo(tube);
        driver.findElement(By.name("idNumber")).sendKeys(second);
        driver.findElement(By.cssSelector("#sample-form button[type=submit]")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("taken"), "2/10"));
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(fits).as("the sampling page fits a phone's width").isEqualTo(true);
        screenshot("sampling");

        driver.findElement(By.name("idNumber")).sendKeys(second);
        driver.findElement(By.cssSelector("#sample-form button[type=submit]")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertThat(driver.findElement(By.id("errors")).getText()).contains("此人已在本次任务中采样");
    }

    private String register(ApiClient api, String name) {
        String idNumber = Ids.next();
        api.post("/api/v1/people", api.token("community1"), Map.of("name", name, "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", fixtures.grid1().id()));
        return idNumber;
    }
}
