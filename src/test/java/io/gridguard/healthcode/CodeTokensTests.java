package io.gridguard.healthcode;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.gridguard.healthcode.internal.CodeTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeTokensTests {

    private static final Instant NOW = Instant.parse("2020-02-10T08:00:00Z");
    private static final String REF = "AbCdEfGhIjKlMnOpQrStUv";

    private final KeyPair keys = pair();
    private final String token = CodeTokens.sign(keys.getPrivate(), REF, NOW, NOW.plus(Duration.ofMinutes(2)), Colour.GREEN);

    @Test
    void aFreshTokenIsValidAndNamesOnlyTheReference() {
        var check = CodeTokens.verify(keys.getPublic(), token, NOW.plusSeconds(30));
        assertThat(check.status()).isEqualTo(TokenCheck.Status.VALID);
        assertThat(check.reference()).isEqualTo(REF);
        assertThat(check.colourAtIssue()).isEqualTo(Colour.GREEN);
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).matches(REF + "\\|" + NOW.getEpochSecond() + "\\|" + NOW.plusSeconds(120).getEpochSecond() + "\\|G\\|[A-Za-z0-9_-]{11}");
    }

    @Test
    void twoTokensIssuedInTheSameSecondDifferSoEachCanBeUsedUpOnItsOwn() {
        String second = CodeTokens.sign(keys.getPrivate(), REF, NOW, NOW.plus(Duration.ofMinutes(2)), Colour.GREEN);
        assertThat(second).isNotEqualTo(token);
        assertThat(CodeTokens.verify(keys.getPublic(), second, NOW).status()).isEqualTo(TokenCheck.Status.VALID);
    }

    @Test
    void anExpiredTokenIsRefusedEvenWithAGoodSignature() {
        assertThat(CodeTokens.verify(keys.getPublic(), token, NOW.plusSeconds(121)).status()).isEqualTo(TokenCheck.Status.EXPIRED);
    }

    @Test
    void anAlteredPayloadBreaksTheSignature() {
        String[] parts = token.split("\\.");
        String red = new String(Base64.getUrlDecoder().decode(parts[1])).replace("|G", "|R");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(red.getBytes()) + "." + parts[2];
        assertThat(CodeTokens.verify(keys.getPublic(), forged, NOW).status()).isEqualTo(TokenCheck.Status.INVALID);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String other = CodeTokens.sign(pair().getPrivate(), REF, NOW, NOW.plusSeconds(120), Colour.GREEN);
        assertThat(CodeTokens.verify(keys.getPublic(), other, NOW).status()).isEqualTo(TokenCheck.Status.INVALID);
    }

    @Test
    void garbageIsInvalidNotAnError() {
        for (String junk : new String[]{null, "", "GG1.", "GG1.a.b.c", "GG1.!!!.???", "hello", "GG1." + "x".repeat(400)}) {
            assertThat(CodeTokens.verify(keys.getPublic(), junk, NOW).status()).as(String.valueOf(junk)).isEqualTo(TokenCheck.Status.INVALID);
        }
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
