package io.gridguard.healthcode.internal;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.healthcode.TokenCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeKeysTests {

    @TempDir
    Path data;

    @Test
    void aGeneratedPairIsKeptAndReusedSoTokensOutliveARestart() {
        var settings = new HealthCodeSettings(null, null, Duration.ofMinutes(2), data, java.time.ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(10));
        var first = new CodeKeys(settings, new MockEnvironment());
        String token = first.tokens().sign("AbCdEfGhIjKlMnOpQrStUv", Instant.now(), Instant.now().plusSeconds(60), Colour.GREEN);
        var second = new CodeKeys(settings, new MockEnvironment());
        assertThat(second.tokens().verify(token, Instant.now()).status()).isEqualTo(TokenCheck.Status.VALID);
    }

    @Test
    void prodRefusesAGeneratedPairAndAcceptsAConfiguredOne() throws Exception {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new CodeKeys(new HealthCodeSettings(null, null, Duration.ofMinutes(2), data, java.time.ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(10)), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GRIDGUARD_HEALTHCODE_SIGNING_KEY");
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var configured = new HealthCodeSettings(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), Duration.ofMinutes(2), data, java.time.ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(10));
        assertThat(new CodeKeys(configured, prod).publicKey()).isEqualTo(pair.getPublic());
    }

    @Test
    void aPublicKeyThatIsNotTheSigningKeysIsRefused() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var mismatched = new HealthCodeSettings(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(other.getPublic().getEncoded()), Duration.ofMinutes(2), data, java.time.ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(10));
        assertThatThrownBy(() -> new CodeKeys(mismatched, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a valid Ed25519 pair")
                .cause().hasMessageContaining("not the signing key's");
    }
}
