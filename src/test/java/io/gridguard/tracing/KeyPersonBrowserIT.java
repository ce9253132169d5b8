package io.gridguard.tracing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gridguard.support.BrowserTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** District command uploads a key-person list on the import page and follows it to its report, in headless Chromium. */
class KeyPersonBrowserIT extends BrowserTest {

    @Test
    void anUploadedListShowsItsProgressThenItsRejectedRows() throws Exception {
        StringBuilder csv = new StringBuilder("姓名,身份证号,来源地,类别\n");
        for (int i = 0; i < 300; i++) {
            csv.append("页面").append(i).append(',').append(i % 100 == 7 ? Ids.withWrongChecksum(Ids.next()) : Ids.next())
                    .append(",湖北省,湖北来杭\n");
        }
        Path file = Files.createTempFile("key-persons", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        signIn("district");
        open("/tracing/key-persons");
        driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#upload button[type=submit]")).click();

        waitUntil(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "DONE"));
        assertThat(driver.findElement(By.id("accepted")).getText()).isEqualTo("297");
        assertThat(driver.findElement(By.id("rejected-count")).getText()).isEqualTo("3");
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("rejected")).getText()).contains("身份证号校验位不正确");
        assertThat(driver.findElement(By.id("rejects-download")).getAttribute("href")).endsWith("/rejects.xlsx");
        screenshot("key-person-list");
        Files.delete(file);
    }
}
