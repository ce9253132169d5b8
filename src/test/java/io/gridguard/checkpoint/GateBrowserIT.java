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

    private void check(String idNumber, String temperature) {
        driver.findElement(By.id("gate-id")).sendKeys(idNumber);
        WebElement t = driver.findElement(By.id("temperature"));
        t.clear();
        t.sendKeys(temperature);
        driver.findElement(By.id("check")).click();
    }
}
