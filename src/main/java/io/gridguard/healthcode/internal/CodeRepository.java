package io.gridguard.healthcode.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facts, current codes and their history. */
@Repository
public class CodeRepository {

    private final JdbcClient jdbc;

    CodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertFact(long personId, FactKind kind, Instant occurredAt, String source, String detail, String by) {
        jdbc.sql("""
                INSERT INTO health_fact (person_id, kind, occurred_at, source, detail, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, kind.name(), Timestamp.from(occurredAt), source, detail, by, Timestamp.from(Instant.now()))
                .update();
    }

    /** Ends the person's active facts of these kinds (an approved re-check, a release). */
    public int clear(long personId, java.util.Set<FactKind> kinds, Instant at) {
        if (kinds.isEmpty()) {
            return 0;
        }
        String marks = kinds.stream().map(k -> "?").collect(Collectors.joining(","));
        List<Object> params = new java.util.ArrayList<>();
        params.add(Timestamp.from(at));
        params.add(personId);
        kinds.forEach(k -> params.add(k.name()));
        return jdbc.sql("UPDATE health_fact SET cleared_at = ? WHERE person_id = ? AND cleared_at IS NULL AND kind IN (" + marks + ")")
                .params(params).update();
    }

    public List<HealthFact> facts(long personId) {
        return jdbc.sql("SELECT id, person_id, kind, occurred_at, cleared_at, source, detail FROM health_fact WHERE person_id = ? ORDER BY occurred_at")
                .param(personId)
                .query((rs, n) -> new HealthFact(rs.getLong(1), rs.getLong(2), FactKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    public record Stored(HealthCodeView view, String reference) {
    }

    public Optional<Stored> find(long personId) {
        return jdbc.sql("SELECT person_id, colour, reasons, since, changes_at, reference FROM health_code WHERE person_id = ?")
                .param(personId).query(CodeRepository::map).optional();
    }

    public Optional<Long> personOf(String reference) {
        return jdbc.sql("SELECT person_id FROM health_code WHERE reference = ?").param(reference).query(Long.class).optional();
    }

    public void insert(HealthCodeView code, String reference, int policyVersion) {
        jdbc.sql("""
                INSERT INTO health_code (person_id, reference, colour, reasons, since, changes_at, policy_version, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code.personId(), reference, code.colour().name(), join(code.reasons()), Timestamp.from(code.since()),
                        timestamp(code.changesAt()), policyVersion, Timestamp.from(Instant.now()))
                .update();
    }

    public void update(HealthCodeView code, int policyVersion) {
        jdbc.sql("""
                UPDATE health_code SET colour = ?, reasons = ?, since = ?, changes_at = ?, policy_version = ?, computed_at = ?
                WHERE person_id = ?""")
                .params(code.colour().name(), join(code.reasons()), Timestamp.from(code.since()), timestamp(code.changesAt()),
                        policyVersion, Timestamp.from(Instant.now()), code.personId())
                .update();
    }

    public void appendHistory(HealthCodeView code) {
        jdbc.sql("INSERT INTO health_code_history (person_id, colour, reasons, changed_at) VALUES (?, ?, ?, ?)")
                .params(code.personId(), code.colour().name(), join(code.reasons()), Timestamp.from(code.since())).update();
    }

    public List<HealthCodeView> history(long personId) {
        return jdbc.sql("SELECT person_id, colour, reasons, changed_at, NULL, NULL FROM health_code_history WHERE person_id = ? ORDER BY id DESC")
                .param(personId).query((rs, n) -> map(rs, n).view()).list();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString(3);
        List<FactKind> kinds = reasons.isEmpty() ? List.of() : Arrays.stream(reasons.split(",")).map(FactKind::valueOf).toList();
        return new Stored(new HealthCodeView(rs.getLong(1), Colour.valueOf(rs.getString(2)), kinds, rs.getTimestamp(4).toInstant(),
                instant(rs.getTimestamp(5))), rs.getString(6));
    }

    private static String join(List<FactKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
