package io.gridguard.web;

import java.util.List;

import io.gridguard.support.BrowserTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's key pages in headless Chromium, at a phone's width (375 px). */
class PeopleBrowserIT extends BrowserTest {

    @Test
    void aGridWorkerSeesOnlyTheirGridsResidents() {
        signIn("grid1");
        open("/people");
        List<WebElement> rows = driver.findElements(By.cssSelector("#people-table .person-row"));
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.getDomAttribute("data-grid")).isEqualTo(String.valueOf(fixtures.grid1().id())));
        long total = api().get("/api/v1/people?gridId=" + fixtures.grid1().id(), api().token("district")).json().get("total").asLong();
        assertThat(driver.findElement(By.id("people-total")).getText()).isEqualTo("共 " + total + " 条");
        screenshot("people-list-phone");
    }

    @Test
    void aWrongChecksumShowsTheChineseError() {
        signIn("grid1");
        open("/people/new");
        driver.findElement(By.name("name")).sendKeys("浏览器测试");
        driver.findElement(By.name("idNumber")).sendKeys(Ids.withWrongChecksum(Ids.next()));
        new Select(driver.findElement(By.name("gridId"))).selectByValue(String.valueOf(fixtures.grid1().id()));
        driver.findElement(By.id("save-person")).click();
        WebElement error = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-form .err")));
        assertThat(error.getText()).isEqualTo("身份证号校验位不正确，请核对");
        screenshot("person-form-error");
    }

    @Test
    void switchingToEnglishShowsEnglishAndIsRemembered() {
        signIn("grid1");
        open("/people");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("人员");
        driver.findElement(By.id("lang-en")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "People"));
        open("/");
        assertThat(driver.getTitle()).isEqualTo("Home · GridGuard");
        screenshot("home-english");
        open("/people/new");
        driver.findElement(By.name("idNumber")).sendKeys(Ids.withWrongChecksum(Ids.next()));
        driver.findElement(By.id("save-person")).click();
        assertThat(waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#person-form .err"))).getText())
                .isNotBlank();
        assertThat(driver.getPageSource()).contains("The check digit of this ID number is wrong");
    }

    @Test
    void searchingUpdatesTheListInPlace() {
        signIn("grid1");
        open("/people");
        String firstName = driver.findElement(By.cssSelector("#people-table .person-row a")).getText();
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys(firstName);
        waitUntil(d -> d.findElement(By.id("people-total")).getText().matches("共 \\d+ 条")
                && d.findElements(By.cssSelector("#people-table .person-row a")).stream().allMatch(a -> a.getText().startsWith(firstName)));
        assertThat(driver.getCurrentUrl()).contains("q=");
    }
}
