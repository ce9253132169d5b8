package io.gridguard.iam;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import io.gridguard.iam.internal.TokenKeyFactory;
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
        var first = TokenKeyFactory.create(settings(null), new MockEnvironment());
        var second = TokenKeyFactory.create(settings(null), new MockEnvironment());
        assertThat(data.resolve("secrets/token-secret")).exists();
        assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded());
    }

    @Test
    void prodRefusesToStartWithTheGeneratedDemoKey() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> TokenKeyFactory.create(settings(""), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GRIDGUARD_IAM_TOKEN_SECRET");
    }

    @Test
    void prodAcceptsAConfiguredKeyOfAtLeast32Bytes() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        String secret = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(TokenKeyFactory.create(settings(secret), prod).key().getEncoded()).hasSize(32);
        assertThatThrownBy(() -> TokenKeyFactory.create(settings(Base64.getEncoder().encodeToString(new byte[16])), prod))
                .isInstanceOf(IllegalStateException.class);
    }
}
