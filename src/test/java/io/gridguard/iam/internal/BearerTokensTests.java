package io.gridguard.iam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.gridguard.iam.IamSettings;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class BearerTokensTests {

    private static final Clock CLOCK = Clock.systemUTC();

    private static TokenKey key(byte fill) {
        byte[] secret = new byte[32];
        java.util.Arrays.fill(secret, fill);
        return new TokenKey(settings(Base64.getEncoder().encodeToString(secret)), new MockEnvironment());
    }

    private static BearerTokens tokens(TokenKey key) {
        return new BearerTokens(key, settings(null), CLOCK);
    }

    private static IamSettings settings(String tokenSecret) {
        return new IamSettings(tokenSecret, Duration.ofHours(1), 5, Duration.ofMinutes(15), Duration.ofMinutes(5),
                Duration.ofSeconds(60), false, Path.of("unused"));
    }

    private static String signed(TokenKey key, String issuer) {
        Instant now = CLOCK.instant();
        var claims = JwtClaimsSet.builder().issuer(issuer).subject("gate1").issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim("role", "CHECKPOINT_OPERATOR").claim("nodes", List.of()).claim("place", 7L).build();
        return NimbusJwtEncoder.withSecretKey(key.key()).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    @Test
    void anIssuedTokenCarriesTheCallerBack() {
        BearerTokens tokens = tokens(key((byte) 1));
        var caller = new Caller("street1", "街道一", Role.STREET_STAFF, List.of(new ScopeNode(NodeLevel.STREET, 12)), null, null, null);
        var jwt = tokens.decoder().decode(tokens.issue(caller).token());
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("gridguard");
        assertThat((Object) jwt.getClaim("iss")).isInstanceOf(String.class);
        Caller back = (Caller) tokens.toAuthentication(jwt).getPrincipal();
        assertThat(back.username()).isEqualTo("street1");
        assertThat(back.role()).isEqualTo(Role.STREET_STAFF);
        assertThat(back.nodes()).containsExactly(new ScopeNode(NodeLevel.STREET, 12));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithTheRightKey() {
        TokenKey key = key((byte) 2);
        assertThat(tokens(key).decoder().decode(signed(key, "gridguard")).getSubject()).isEqualTo("gate1");
        assertThatThrownBy(() -> tokens(key).decoder().decode(signed(key, "https://elsewhere.example")))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertThatThrownBy(() -> tokens(key((byte) 3)).decoder().decode(signed(key((byte) 4), "gridguard")))
                .isInstanceOf(JwtException.class);
    }
}
