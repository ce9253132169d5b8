package io.gridguard.checkpoint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.gridguard.shared.web.QrImages;
import io.gridguard.support.ApiClient;
import io.gridguard.support.BrowserTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate page's camera: Chromium's fake camera plays a video of a resident's QR code, the page decodes it with
 * the html5-qrcode WebJar and checks the person, as a phone pointed at the resident's screen would.
 */
class GateCameraIT extends BrowserTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    @Test
    void aQrCodeShownToTheCameraIsCheckedAtOnce() throws Exception {
        ApiClient api = api();
        long person = api.post("/api/v1/people", api.token("community1"), Map.of("name", "扫码人", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
        WebElement decision = null;
        // About one browser in eight reads nothing for its whole life although its fake camera shows the code (the
        // timeout screenshots show it); the cause is not known. A fresh browser, with a fresh token, is tried then.
        for (int attempt = 1; attempt <= 3 && decision == null; attempt++) {
            String token = api.get("/api/v1/people/" + person + "/health-code", api.token("community1")).json().get("token").asString();
            Path video = Files.createTempFile("gridguard-qr", ".y4m");
            Files.write(video, y4m(QrImages.image(token, 360), 10));
            driver.quit();
            driver = startChromium("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                    "--use-file-for-fake-video-capture=" + video);
            signIn("gate1");
            open("/gate");
            driver.findElement(By.id("camera-start")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("decision")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("camera-error"))));
                decision = driver.findElement(By.cssSelector("#decision, #camera-error"));
            } catch (org.openqa.selenium.TimeoutException e) {
                screenshot("gate-camera-timeout-" + attempt);
            }
        }
        assertThat(decision).as("a code was read by one of three browsers").isNotNull();
        assertThat(decision.getDomAttribute("id")).as("the camera opened and a code was read").isEqualTo("decision");
        assertThat(decision.getDomAttribute("data-decision")).as(decision.getText()).isEqualTo("PASS");
        assertThat(decision.getText()).contains("绿码");
        screenshot("gate-camera");
        driver.findElement(By.id("camera-start")).click();

        long checkpoint = api.get("/api/v1/me", api.token("gate1")).json().get("placeId").asLong();
        var figures = api.get("/api/v1/checkpoints/" + checkpoint + "/figures", api.token("gate1")).json();
        assertThat(figures.get("deniedByReason").has("INVALID_TOKEN")).as("the decoded text was the whole token").isFalse();
    }

    /** A YUV4MPEG2 video (what Chromium's fake camera plays) of the image centred on white, repeated for some frames. */
    private static byte[] y4m(BufferedImage image, int frames) {
        byte[] luma = new byte[WIDTH * HEIGHT];
        java.util.Arrays.fill(luma, (byte) 235);
        int left = (WIDTH - image.getWidth()) / 2;
        int top = (HEIGHT - image.getHeight()) / 2;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = (image.getRGB(x, y) & 0xff) < 128;
                luma[(top + y) * WIDTH + left + x] = (byte) (dark ? 16 : 235);
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        java.util.Arrays.fill(chroma, (byte) 128);
        var out = new ByteArrayOutputStream();
        out.writeBytes(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
        for (int f = 0; f < frames; f++) {
            out.writeBytes("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(luma);
            out.writeBytes(chroma);
            out.writeBytes(chroma);
        }
        return out.toByteArray();
    }
}
