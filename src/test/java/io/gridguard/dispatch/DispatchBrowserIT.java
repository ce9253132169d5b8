package io.gridguard.dispatch;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.gridguard.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event from a grid worker's phone (with a photo) through the health department's queue, acceptance, handling and
 * feedback, to the grid worker's confirmation, in headless Chromium.
 */
class DispatchBrowserIT extends BrowserTest {

    @Test
    void aReportWithAPhotoGoesRoundTheClosedLoop() throws Exception {
        Path photo = Files.createTempFile("event", ".png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.ORANGE);
        image.getGraphics().fillRect(0, 0, 64, 48);
        ImageIO.write(image, "png", photo.toFile());

        signIn("grid1");
        open("/events/new");
        new Select(driver.findElement(By.name("category"))).selectByValue("FEVER");
        driver.findElement(By.name("description")).sendKeys("Browser report: a resident with fever at building 3");
        driver.findElement(By.name("photos")).sendKeys(photo.toAbsolutePath().toString());
        // the place picked on the map of the worker's grids: a click in the middle of the drawn grid
        WebElement map = waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pick-map[data-drawn]")));
        assertThat(Integer.parseInt(map.getAttribute("data-drawn"))).as("grid 1's boundary drawn").isPositive();
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(map).click().perform();
        waitUntil(d -> !d.findElement(By.id("lat")).getAttribute("value").isEmpty());
        screenshot("event-report");
        driver.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        assertThat(driver.findElement(By.id("state")).getAttribute("data-state")).isEqualTo("DISPATCHED");
        String eventPage = driver.getCurrentUrl();
        WebElement thumb = driver.findElement(By.cssSelector("#timeline img.thumb"));
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", thumb)).intValue())
                .as("the photo is served back").isEqualTo(64);
        String id = eventPage.substring(eventPage.lastIndexOf('/') + 1);
        JsonNode reported = api().get("/api/v1/events/" + id, api().token("grid1")).json();
        assertThat(reported.get("lat").isNull()).as("the location picked on the map").isFalse();
        assertThat(reported.get("gridId").asLong()).as("grid 1's worker fits the map to grid 1").isEqualTo(fixtures.grid1().id());

        signIn("dept-health");
        open("/events/queue");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("queued-" + id)));
        screenshot("event-queue");
        driver.findElement(By.cssSelector("#queued-" + id + " a")).click();
        act("ACCEPT", null);
        act("START", null);
        act("FEEDBACK", "Visited: 36.9 C, no fever");
        assertThat(driver.findElement(By.id("state")).getAttribute("data-state")).isEqualTo("FEEDBACK");

        signIn("grid1");
        driver.get(eventPage);
        act("CLOSE", null);
        assertThat(driver.findElement(By.id("state")).getAttribute("data-state")).isEqualTo("CLOSED");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Visited: 36.9 C, no fever");
        screenshot("event-closed");
        Files.delete(photo);
    }

    @Test
    void aWorkersDayIsDrawnOnTheMapWithoutTilesFromTheInternet() {
        var api = api();
        String worker = api.token("grid1");
        var grid = fixtures.grid1();
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/me/positions", worker, java.util.Map.of("lat", grid.lat() + i * 0.0004, "lon", grid.lon(),
                    "at", java.time.Instant.now().minusSeconds(60L * (3 - i)).toString()));
        }
        signIn("community1");
        open("/duty/track?worker=grid1");
        WebElement map = waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.leaflet-container")));
        assertThat(Integer.parseInt(map.getAttribute("data-drawn"))).as("the positions drawn as a line").isGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive"))).as("grids and the track").isNotEmpty();
        screenshot("duty-track");
    }

    private void act(String action, String note) {
        WebElement form = waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("action-" + action)));
        if (note != null) {
            form.findElement(By.name("note")).sendKeys(note);
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // the page before also shows a "done" notice: wait for it to go, then for the new one
        waitUntil(ExpectedConditions.stalenessOf(form));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    }
}
