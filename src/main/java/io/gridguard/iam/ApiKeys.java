package io.gridguard.iam;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.shared.Remembered;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Hashes;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for machine clients (cameras, door sensors, scanners, upper-level pushes). A key is shown
 * once when it is made; only its SHA-256 is kept (the keys are long and random, so a fast hash is
 * enough). Each key has a scope: a jurisdiction node, and optionally a place.
 */
@Service
public class ApiKeys {

    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    public record KeyView(long id, String name, String prefix, long nodeId, Long placeId, String createdBy,
                          Instant createdAt, Instant revokedAt) {
    }

    public record Created(KeyView key, String secret) {
    }

    private final JdbcClient jdbc;
    /**
     * Devices present their key with every reading and scan; a key seen in the last half minute is not looked up
     * again. Revoking here forgets them all at once; another instance forgets within {@link #REMEMBERED}.
     */
    private final Remembered<String, Optional<Caller>> recent = Remembered.forAtMost(REMEMBERED, 10_000);
    private final Jurisdictions jurisdictions;
    private final AuditTrail audit;

    ApiKeys(JdbcClient jdbc, Jurisdictions jurisdictions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @Transactional
    public Created create(Caller caller, String name, Long nodeId, Long placeId) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        if (name == null || name.isBlank()) {
            throw new Problem.Invalid("name", "error.required");
        }
        if (name.strip().length() > 100) {
            throw new Problem.Invalid("name", "error.tooLong", 100);
        }
        if (nodeId == null || jurisdictions.find(nodeId).isEmpty()) {
            throw new Problem.Invalid("nodeId", "jurisdiction.node.invalid");
        }
        ScopeNode scope = jurisdictions.scopeNode(nodeId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "gg_" + HexFormat.of().formatHex(bytes);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_key (name, key_hash, key_prefix, node_id, node_level, place_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name.strip(), Hashes.sha256(secret), secret.substring(0, 10), nodeId, scope.level().name(), placeId,
                        caller.username(), Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("API_KEY_CREATE", "api_key", id, name.strip());
        return new Created(list(caller).stream().filter(k -> k.id() == id).findFirst().orElseThrow(), secret);
    }

    public List<KeyView> list(Caller caller) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        return jdbc.sql("SELECT id, name, key_prefix, node_id, place_id, created_by, created_at, revoked_at FROM api_key ORDER BY id")
                .query((rs, n) -> new KeyView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    @Transactional
    public void revoke(Caller caller, long id) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        int updated = jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now()), id).update();
        if (updated == 0) {
            throw new Problem.NotFound("iam.apiKey.notFound", id);
        }
        recent.forgetAll();
        audit.record("API_KEY_REVOKE", "api_key", id, null);
    }

    /** The machine caller a presented key stands for, if the key is known and not revoked. */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || presented.length() < 10 || presented.length() > 200) {
            return Optional.empty();
        }
        return recent.get(Hashes.sha256(presented), this::lookUp);
    }

    private Optional<Caller> lookUp(String hash) {
        return jdbc.sql("SELECT name, node_level, node_id, place_id FROM api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash)
                .query((rs, n) -> new Caller("key:" + rs.getString(1), rs.getString(1), Role.MACHINE,
                        List.of(new ScopeNode(NodeLevel.valueOf(rs.getString(2)), rs.getLong(3))), null,
                        rs.getObject(4, Long.class), null))
                .optional();
    }
}
