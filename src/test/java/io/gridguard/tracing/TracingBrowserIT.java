package io.gridguard.tracing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.healthcode.Colour;
import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A tracer on a phone confirms a case and confirms the contact co-presence suggests, in headless Chromium. */
class TracingBrowserIT extends BrowserTest {

    @Autowired
    ScanRepository scans;

    @Test
    void aTracerConfirmsACaseAndPutsTheSuggestedContactUnderControl() {
        ApiClient api = api();
        long gate = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        String patientId = Ids.next();
        long patient = register(api, "浏览病例", patientId);
        long near = register(api, "浏览同行", Ids.next());
        for (var person : Map.of(patient, 30, near, 20).entrySet()) {
            scans.store(List.of(new ScanRow(gate, person.getKey(), Instant.now().minus(Duration.ofMinutes(person.getValue())), Direction.IN,
                    new BigDecimal("36.4"), null, "ID", Decision.PASS, Colour.GREEN, ScanReason.GREEN_CODE, "gate1", null)));
        }

        signIn("community1");
        open("/tracing/cases");
        driver.findElement(By.cssSelector("#confirm-case input[name=idNumber]")).sendKeys(patientId);
        new Select(driver.findElement(By.cssSelector("#confirm-case select[name=classification]"))).selectByValue("CONFIRMED");
        driver.findElement(By.cssSelector("#confirm-case button[type=submit]")).click();

        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("contacts")));
        assertThat(driver.findElement(By.id("case-facts")).getText()).contains("确诊病例");
        // other tests' passes at the same gate may be suggested too: the row of the person met here
        var row = driver.findElement(By.xpath("//table[@id='contacts']//tr[contains(., '浏***')]"));
        assertThat(row.getText()).contains("待核实").contains("卡口通行");
        String rowId = row.getAttribute("id");
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(fits).as("the case page fits a phone's width").isEqualTo(true);
        screenshot("tracing-case");
        row.findElement(By.xpath(".//button[text()='确认并管控']")).click();

        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + rowId + " .status"), "管控中"));
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("已确认并管控");
        assertThat(api.get("/api/v1/people/" + near + "/health-code", api.token("district")).json().get("colour").asString())
                .isEqualTo("RED");

        open("/tracing/graph");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        assertThat(Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-nodes")))
                .as("the case and its contact are drawn").isGreaterThanOrEqualTo(2);
        screenshot("tracing-graph");
    }

    private long register(ApiClient api, String name, String idNumber) {
        return api.post("/api/v1/people", api.token("community1"), Map.of("name", name, "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", fixtures.grid1().id())).json().get("id").asLong();
    }
}
