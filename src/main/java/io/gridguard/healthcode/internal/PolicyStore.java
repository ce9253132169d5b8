package io.gridguard.healthcode.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.PolicyVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published policy versions, as JSON. The version in force is cached and re-read at most every few
 * seconds, so that every instance follows a publication without a query per scan.
 */
@Component
public class PolicyStore {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final tools.jackson.databind.ObjectReader stored;
    private volatile Cached cached;

    PolicyStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.stored = json.readerFor(HealthPolicy.class).without(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.clock = clock;
    }

    private record Cached(HealthPolicy policy, Instant readAt) {
    }

    /** The policy in force: the newest published version, or the defaults before any was published. */
    public HealthPolicy current() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || c.readAt().plus(REFRESH).isBefore(now)) {
            HealthPolicy policy = jdbc.sql("SELECT body FROM health_policy ORDER BY version DESC LIMIT 1").query(String.class)
                    .optional().map(this::read).orElseGet(HealthPolicy::defaults);
            c = new Cached(policy, now);
            cached = c;
        }
        return c.policy();
    }

    /**
     * Versions published before a rule existed lack its field: it reads as off (0, empty), so an upgrade keeps
     * every stored version readable.
     */
    HealthPolicy read(String body) {
        HealthPolicy policy = stored.readValue(body);
        var red = java.util.EnumSet.copyOf(policy.red());
        var yellow = java.util.EnumSet.copyOf(policy.yellow());
        var clearedBy = new java.util.EnumMap<FactKind, Set<FactKind>>(FactKind.class);
        clearedBy.putAll(policy.clearedBy());
        // Facts that came after a version was published take the colour they have in the defaults.
        if (!body.contains(FactKind.CONTACT_SUSPECTED.name())) {
            yellow.add(FactKind.CONTACT_SUSPECTED);
        }
        if (!body.contains(FactKind.POOL_POSITIVE.name())) {
            red.add(FactKind.POOL_POSITIVE);
            clearedBy.put(FactKind.POOL_POSITIVE, Set.of(FactKind.TEST_NEGATIVE));
        }
        return new HealthPolicy(policy.version(), Set.copyOf(red), Set.copyOf(yellow), policy.windows(), Map.copyOf(clearedBy),
                policy.feverThreshold(), policy.yellowPasses(), policy.recheckClears(), policy.centralizedDays(),
                policy.homeDays(), policy.yellowCheckInDays(), policy.redCheckInDays(), policy.checkInClears(),
                policy.contactWindowMinutes(), policy.infectiousDaysBeforeOnset(), policy.lowRiskPool(), policy.mediumRiskPool(),
                policy.highRiskPool(), policy.quarantineTestDays(), policy.riskThresholds());
    }

    public HealthPolicy publish(HealthPolicy candidate, String preset, String note, String by) {
        int version = Math.max(current().version(), jdbc.sql("SELECT coalesce(max(version), 0) FROM health_policy")
                .query(Integer.class).single()) + 1;
        HealthPolicy published = candidate.asVersion(version);
        jdbc.sql("INSERT INTO health_policy (version, body, preset, note, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(version, json.writeValueAsString(published), preset, note, by, Timestamp.from(clock.instant())).update();
        cached = new Cached(published, clock.instant());
        return published;
    }

    public List<PolicyVersion> versions() {
        return jdbc.sql("SELECT version, preset, note, published_by, published_at FROM health_policy ORDER BY version DESC")
                .query((rs, n) -> new PolicyVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** How many people have at least one fact: the only people whose code can differ from green. */
    public long peopleWithFacts() {
        return jdbc.sql("SELECT count(DISTINCT person_id) FROM health_fact").query(Long.class).single();
    }
}
