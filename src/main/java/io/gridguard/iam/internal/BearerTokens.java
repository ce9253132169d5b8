package io.gridguard.iam.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.iam.IamSettings;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signed bearer tokens for the API (HS256 JWT). The token carries the caller's role and scope, so a
 * request needs no account lookup; its short life bounds how long a changed account keeps old rights.
 */
@Component
public class BearerTokens {

    static final String ISSUER = "gridguard";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final IamSettings settings;
    private final Clock clock;

    BearerTokens(TokenKey key, IamSettings settings, Clock clock) {
        this.encoder = NimbusJwtEncoder.withSecretKey(key.key()).build();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
        // The issuer is a name, not a URL: the default converter tries to make a URL of it first, and threw and caught an
        // exception on every API request.
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, String::valueOf)));
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        this.decoder = decoder;
        this.settings = settings;
        this.clock = clock;
    }

    public record Issued(String token, long expiresIn) {
    }

    public Issued issue(Caller caller) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(caller.username())
                .issuedAt(now)
                .expiresAt(now.plus(settings.tokenTtl()))
                .claim("name", caller.displayName())
                .claim("role", caller.role().name())
                .claim("nodes", caller.nodes().stream().map(n -> n.level().name() + ":" + n.id()).toList());
        if (caller.departmentId() != null) {
            claims.claim("dept", caller.departmentId());
        }
        if (caller.placeId() != null) {
            claims.claim("place", caller.placeId());
        }
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new Issued(token, settings.tokenTtl().toSeconds());
    }

    public JwtDecoder decoder() {
        return decoder;
    }

    public AbstractAuthenticationToken toAuthentication(Jwt jwt) {
        List<String> nodes = jwt.getClaimAsStringList("nodes");
        var caller = new Caller(jwt.getSubject(), jwt.getClaimAsString("name"), Role.valueOf(jwt.getClaimAsString("role")),
                nodes == null ? List.of() : nodes.stream().map(BearerTokens::scopeNode).toList(),
                longClaim(jwt, "dept"), longClaim(jwt, "place"), null);
        return CallerAuthentication.of(caller);
    }

    private static ScopeNode scopeNode(String value) {
        int colon = value.indexOf(':');
        return new ScopeNode(NodeLevel.valueOf(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
    }

    private static Long longClaim(Jwt jwt, String name) {
        Object value = jwt.getClaim(name);
        return value instanceof Number number ? number.longValue() : null;
    }
}
