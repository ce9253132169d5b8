package io.gridguard.iam.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import io.gridguard.iam.IamSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenKeyTests {

    @TempDir
    Path data;

    private IamSettings settings(String secret) {
        return new IamSettings(secret, Duration.ofHours(1), 5, Duration.ofMinutes(15), Duration.ofMinutes(5),
                Duration.ofSeconds(60), false, data);
    }

    @Test
    void generatesAKeyOnceAndKeepsItOutsideTheRepository() {
        var first = new TokenKey(settings(null), new MockEnvironment());
        var second = new TokenKey(settings(null), new MockEnvironment());
        assertThat(data.resolve("secrets/token-secret")).exists();
        assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded());
    }

    @Test
    void prodRefusesToStartWithTheGeneratedDemoKey() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new TokenKey(settings(""), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GRIDGUARD_IAM_TOKEN_SECRET");
    }

    @Test
    void prodAcceptsAConfiguredKeyOfAtLeast32Bytes() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        String secret = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(new TokenKey(settings(secret), prod).key().getEncoded()).hasSize(32);
        assertThatThrownBy(() -> new TokenKey(settings(Base64.getEncoder().encodeToString(new byte[16])), prod))
                .isInstanceOf(IllegalStateException.class);
    }
}
