package io.gridguard.checkpoint;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.QrCodes;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Venue codes (场所码): the poster's QR leads to a check-in that stores the visit and shows the resident's code. */
class VenueCodeIT extends IntegrationTest {

    @Test
    void aPosterIsPrintedScannedAndTheCheckInIsStoredAndListed() throws Exception {
        WebSession clerk = browserless().loggedIn("community1");
        long place = checkpointOfCommunity1();
        var page = clerk.get("/jurisdiction/places/" + place + "/venue-code");
        assertThat(page.status()).isEqualTo(200);
        String url = page.body().replaceAll("(?s).*id=\"venue-url\">([^<]+)<.*", "$1");
        assertThat(url).startsWith(base() + "/v/");
        String path = URI.create(url).getPath();

        String decoded = QrCodes.text(download(clerk, "/jurisdiction/places/" + place + "/venue-code/poster.png"));
        assertThat(decoded).as("the printed QR opens the check-in page").isEqualTo(url);
        byte[] pdf = download(clerk, "/jurisdiction/places/" + place + "/venue-code/poster.pdf");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
        }
        assertThat(clerk.get("/jurisdiction/places/" + place + "/venue-code").body())
                .as("the same place keeps its code").contains(url);

        WebSession phone = browserless();
        var before = phone.get(path);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("id=\"sign-in\"").doesNotContain("id=\"check-in\"");
        assertThat(phone.post(path, Map.of()).status()).as("no check-in without signing in").isIn(302, 403);

        var resident = ResidentLogin.signIn(phone, fixtures, 6, path);
        var checkIn = phone.post(path, Map.of());
        assertThat(checkIn.status()).isEqualTo(200);
        assertThat(checkIn.body()).contains("id=\"checked-in\"").contains("data-colour=\"GREEN\"");
        phone.post(path, Map.of());

        ApiClient api = api();
        Instant now = Instant.now();
        var visits = api.get("/api/v1/places/" + place + "/check-ins?from=" + now.minus(Duration.ofHours(1)) + "&to="
                + now.plus(Duration.ofMinutes(1)), api.token("community1")).json();
        assertThat(visits.get("total").asLong()).as("a second tap within a minute is the same visit").isEqualTo(1);
        assertThat(visits.get("items").get(0).get("maskedName").asString()).contains("*");
        assertThat(visits.get("items").get(0).get("colour").asString()).isEqualTo("GREEN");
        assertThat(resident.personId()).isPositive();

        assertThat(api.get("/api/v1/places/" + place + "/check-ins?from=" + now.minus(Duration.ofHours(1)) + "&to=" + now,
                api.token("community2")).status()).as("another community's staff").isEqualTo(403);
        assertThat(api.get("/api/v1/places/" + place + "/check-ins?from=" + now + "&to=" + now.minus(Duration.ofHours(1)),
                api.token("community1")).status()).isEqualTo(400);
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() {
        assertThat(browserless().get("/v/AAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
        assertThat(browserless().get("/v/x").status()).isEqualTo(404);
    }

    private long checkpointOfCommunity1() {
        ApiClient api = api();
        return api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
    }

    private static byte[] download(WebSession session, String path) {
        var response = session.download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
