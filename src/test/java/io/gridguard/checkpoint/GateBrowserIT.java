package io.gridguard.checkpoint;

import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's gate page in headless Chromium: type an ID number, see PASS or DENY at once. */
class GateBrowserIT extends BrowserTest {

    @Test
    void typingAnIdShowsPassThenARedCodeShowsDeny() {
        ApiClient api = api();
        String green = Ids.next();
        String red = Ids.next();
        api.post("/api/v1/people", api.token("community1"), Map.of("name", "绿码人", "idType", "RESIDENT_ID", "idNumber", green,
                "gridId", fixtures.grid1().id()));
        long redId = api.post("/api/v1/people", api.token("community1"), Map.of("name", "红码人", "idType", "RESIDENT_ID",
                "idNumber", red, "gridId", fixtures.grid1().id())).json().get("id").asLong();
        api.post("/api/v1/health-code/facts", api.token("community1"), Map.of("personId", redId, "kind", "CONTACT_CLOSE", "source", "TRACING"));

        signIn("gate1");
        open("/gate");
        check(green, "36.5");
        WebElement pass = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#decision[data-decision=PASS]")));
        assertThat(pass.getText()).contains("通行").contains("绿码，体温正常");
        screenshot("gate-pass");
        assertThat(driver.findElement(By.id("gate-id")).getDomProperty("value")).as("ready for the next person").isEmpty();

        check(red, "36.5");
        WebElement deny = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#decision[data-decision=DENY]")));
        assertThat(deny.getText()).contains("禁止通行").contains("红码");
        screenshot("gate-deny");
    }

    @Test
    void theGatesThermometerGivesTheTemperatureOfTheScan() {
        ApiClient api = api();
        String person = Ids.next();
        api.post("/api/v1/people", api.token("community1"), Map.of("name", "测温人", "idType", "RESIDENT_ID", "idNumber", person,
                "gridId", fixtures.grid1().id()));
        long checkpoint = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        String code = "T-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var device = api.post("/api/v1/devices", api.token("community1"), Map.of("code", code, "kind", "THERMOMETER",
                "name", "卡口 1 红外测温", "placeId", checkpoint)).json();
        assertThat(api.post("/api/v1/devices/" + device.get("device").get("id").asLong() + "/readings", null,
                Map.of("type", "TEMPERATURE", "value", "37.8"), "X-Device-Key", device.get("key").asString()).status()).isEqualTo(201);

        signIn("gate1");
        open("/gate");
        driver.findElement(By.id("thermometer")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("thermometer-note"), code));
        assertThat(driver.findElement(By.id("temperature")).getDomProperty("value")).isEqualTo("37.8");
        driver.findElement(By.id("gate-id")).sendKeys(person);
        driver.findElement(By.id("check")).click();
        WebElement deny = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#decision[data-decision=DENY]")));
        assertThat(deny.getText()).contains("禁止通行").contains("体温异常");
        screenshot("gate-thermometer");
    }

    private void check(String idNumber, String temperature) {
        driver.findElement(By.id("gate-id")).sendKeys(idNumber);
        WebElement t = driver.findElement(By.id("temperature"));
        t.clear();
        t.sendKeys(temperature);
        driver.findElement(By.id("check")).click();
    }
}
