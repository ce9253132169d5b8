package io.gridguard.shared.web;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrImagesTests {

    /** Tokens shaped like the health code's (GG2, payload, Ed25519 signature, seal), the same ones every run. */
    private static String token(Random random) {
        var base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] payload = new byte[55];
        byte[] signature = new byte[64];
        byte[] seal = new byte[16];
        random.nextBytes(payload);
        random.nextBytes(signature);
        random.nextBytes(seal);
        return "GG2." + base64.encodeToString(payload) + "." + base64.encodeToString(signature) + "." + base64.encodeToString(seal);
    }

    @Test
    void everyCodeReadsBackAlsoThoseTheWritersPreferredMaskSpoils() {
        Random random = new Random(20200208);
        int spoiled = 0;
        for (int i = 0; i < 400; i++) {
            String token = token(random);
            if (!QrImages.readsBack(QrImages.drawn(token, 360, null), token)) {
                spoiled++;
            }
            assertThat(QrImages.readsBack(QrImages.image(token, 360), token)).as(token).isTrue();
        }
        assertThat(spoiled).as("tokens whose preferred drawing does not read back, so that another mask was needed").isPositive();
    }
}
