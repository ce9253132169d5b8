package io.gridguard.healthcode.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthFact;
import io.gridguard.shared.ArrayQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facts, current codes and their history. */
@Repository
public class CodeRepository {

    private static final String INSERT_CODE = """
            INSERT INTO health_code (person_id, reference, colour, reasons, since, changes_at, policy_version, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String UPDATE_CODE = """
            UPDATE health_code SET colour = ?, reasons = ?, since = ?, changes_at = ?, policy_version = ?, computed_at = ?
            WHERE person_id = ?""";
    /** A full recompute's write: skipped when an event recomputed the person since the slice was read. */
    private static final String UPDATE_CODE_UNLESS_RECOMPUTED = UPDATE_CODE + " AND computed_at = ?";
    private static final String COLUMNS = "SELECT person_id, colour, reasons, since, changes_at, reference, computed_at FROM health_code ";
    private static final String FACT_COLUMNS = "SELECT id, person_id, kind, occurred_at, cleared_at, source, detail FROM health_fact ";
    private static final String INSERT_HISTORY = "INSERT INTO health_code_history (person_id, colour, reasons, changed_at) VALUES (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CodeRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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
        return jdbc.sql(FACT_COLUMNS + "WHERE person_id = ? ORDER BY occurred_at")
                .param(personId)
                .query(CodeRepository::fact)
                .list();
    }

    private static HealthFact fact(ResultSet rs, int n) throws SQLException {
        return new HealthFact(rs.getLong(1), rs.getLong(2), FactKind.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), rs.getString(6), rs.getString(7));
    }

    /** A stored code, its token reference, and when it was last computed (a full recompute's optimistic check). */
    public record Stored(HealthCodeView view, String reference, Instant computedAt) {
    }

    public Optional<Stored> find(long personId) {
        return jdbc.sql(COLUMNS + "WHERE person_id = ?").param(personId).query(CodeRepository::map).optional();
    }

    /** {@link #find} for many people in one query (a group of gate scans): person → code, for those stored. */
    public Map<Long, Stored> findAll(Collection<Long> personIds) {
        Map<Long, Stored> found = new HashMap<>();
        ArrayQueries.query(template, COLUMNS + "WHERE person_id = ANY (?)", "BIGINT", personIds, CodeRepository::map).forEach(code -> found.put(code.view().personId(), code));
        return found;
    }

    /** {@link #facts} for many people in one query: person → facts, oldest first, for those with any. */
    public Map<Long, List<HealthFact>> factsOf(Collection<Long> personIds) {
        Map<Long, List<HealthFact>> facts = new HashMap<>();
        ArrayQueries.query(template, FACT_COLUMNS + "WHERE person_id = ANY (?) ORDER BY occurred_at", "BIGINT", personIds, CodeRepository::fact)
                .forEach(fact -> facts.computeIfAbsent(fact.personId(), id -> new ArrayList<>()).add(fact));
        return facts;
    }

    /**
     * The person's code, locked until the transaction ends: two facts reported for one person at once are then
     * computed one after the other, the second seeing the first, instead of the last write losing a fact.
     */
    public Optional<Stored> findForUpdate(long personId) {
        return jdbc.sql(COLUMNS + "WHERE person_id = ? FOR UPDATE").param(personId).query(CodeRepository::map).optional();
    }

    /**
     * Creates the person's first code row (green until computed) unless one exists; a concurrent first insert makes
     * this wait for it and then do nothing. Answers whether this call created it.
     */
    public boolean claim(long personId, String reference, int policyVersion, Instant at) {
        return jdbc.sql(INSERT_CODE).params(personId, reference, Colour.GREEN.name(), "", Timestamp.from(at), null, policyVersion,
                Timestamp.from(at)).update() == 1;
    }

    /** The people whose stored code is of this colour (for red and yellow: few, by the colour's index). */
    public List<Long> peopleOfColour(String colour) {
        return jdbc.sql("SELECT person_id FROM health_code WHERE colour = ? ORDER BY since DESC, person_id DESC").param(colour).query(Long.class).list();
    }

    public Optional<Long> personOf(String reference) {
        return jdbc.sql("SELECT person_id FROM health_code WHERE reference = ?").param(reference).query(Long.class).optional();
    }

    /** {@link #personOf} for many references in one query (a group of gate scans): reference → person, for those known. */
    public Map<String, Long> peopleOf(Collection<String> references) {
        Map<String, Long> found = new HashMap<>();
        ArrayQueries.query(template, "SELECT reference, person_id FROM health_code WHERE reference = ANY (?)", "VARCHAR", references,
                (rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(named -> found.put(named.getKey(), named.getValue()));
        return found;
    }

    public void update(HealthCodeView code, int policyVersion) {
        jdbc.sql(UPDATE_CODE).params(code.colour().name(), join(code.reasons()), Timestamp.from(code.since()),
                timestamp(code.changesAt()), policyVersion, Timestamp.from(Instant.now()), code.personId()).update();
    }

    public void appendHistory(HealthCodeView code) {
        appendHistory(List.of(code));
    }

    /** New codes; those someone created meanwhile are left as they are. Answers the people whose code was written. */
    public Set<Long> insertAll(List<Stored> codes, int policyVersion) {
        Timestamp now = Timestamp.from(Instant.now());
        int[][] counts = template.batchUpdate(INSERT_CODE, codes, 1000, (ps, stored) -> {
            HealthCodeView code = stored.view();
            ps.setLong(1, code.personId());
            ps.setString(2, stored.reference());
            ps.setString(3, code.colour().name());
            ps.setString(4, join(code.reasons()));
            ps.setTimestamp(5, Timestamp.from(code.since()));
            ps.setTimestamp(6, timestamp(code.changesAt()));
            ps.setInt(7, policyVersion);
            ps.setTimestamp(8, now);
        });
        if (Arrays.stream(counts).flatMapToInt(Arrays::stream).noneMatch(count -> count == Statement.SUCCESS_NO_INFO)) {
            return written(codes, counts);
        }
        // A rewritten batch does not say which rows a conflict skipped (and a code written for someone who got one
        // meanwhile would add a wrong line to their history): ours are the rows that carry our random reference.
        Map<Long, Stored> present = findAll(codes.stream().map(code -> code.view().personId()).toList());
        Set<Long> ours = new HashSet<>();
        for (Stored code : codes) {
            Stored found = present.get(code.view().personId());
            if (found != null && found.reference().equals(code.reference())) {
                ours.add(code.view().personId());
            }
        }
        return ours;
    }

    /** A full recompute's changes: each unless the person was recomputed after {@code Stored.computedAt} (by an event). */
    public Set<Long> updateAllUnlessRecomputed(List<Stored> codes, int policyVersion) {
        Timestamp now = Timestamp.from(Instant.now());
        return written(codes, template.batchUpdate(UPDATE_CODE_UNLESS_RECOMPUTED, codes, 1000, (ps, stored) -> {
            HealthCodeView code = stored.view();
            ps.setString(1, code.colour().name());
            ps.setString(2, join(code.reasons()));
            ps.setTimestamp(3, Timestamp.from(code.since()));
            ps.setTimestamp(4, timestamp(code.changesAt()));
            ps.setInt(5, policyVersion);
            ps.setTimestamp(6, now);
            ps.setLong(7, code.personId());
            ps.setTimestamp(8, Timestamp.from(stored.computedAt()));
        }));
    }

    /** The people whose row a batch wrote (an update's batch is never rewritten, so its counts are exact). */
    private static Set<Long> written(List<Stored> codes, int[][] counts) {
        Set<Long> written = new HashSet<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 0) {
                    written.add(codes.get(i).view().personId());
                }
                i++;
            }
        }
        return written;
    }

    public void appendHistory(List<HealthCodeView> codes) {
        template.batchUpdate(INSERT_HISTORY, codes, 1000, (ps, code) -> {
            ps.setLong(1, code.personId());
            ps.setString(2, code.colour().name());
            ps.setString(3, join(code.reasons()));
            ps.setTimestamp(4, Timestamp.from(code.since()));
        });
    }

    /** The facts of everyone whose id is in [from, to), grouped by person (a full recompute reads the district in slices). */
    public Map<Long, List<HealthFact>> factsBetween(long from, long to) {
        Map<Long, List<HealthFact>> facts = new HashMap<>();
        jdbc.sql(FACT_COLUMNS + "WHERE person_id >= ? AND person_id < ?")
                .params(from, to)
                .query(CodeRepository::fact)
                .list().forEach(fact -> facts.computeIfAbsent(fact.personId(), id -> new ArrayList<>()).add(fact));
        return facts;
    }

    public Map<Long, Stored> storedBetween(long from, long to) {
        Map<Long, Stored> stored = new HashMap<>();
        jdbc.sql(COLUMNS + "WHERE person_id >= ? AND person_id < ?")
                .params(from, to).query(CodeRepository::map).list().forEach(code -> stored.put(code.view().personId(), code));
        return stored;
    }

    public List<HealthCodeView> history(long personId) {
        return jdbc.sql("SELECT person_id, colour, reasons, changed_at, NULL, NULL, changed_at FROM health_code_history WHERE person_id = ? ORDER BY id DESC")
                .param(personId).query((rs, n) -> map(rs, n).view()).list();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString(3);
        List<FactKind> kinds = reasons.isEmpty() ? List.of() : Arrays.stream(reasons.split(",")).map(FactKind::valueOf).toList();
        return new Stored(new HealthCodeView(rs.getLong(1), Colour.valueOf(rs.getString(2)), kinds, rs.getTimestamp(4).toInstant(),
                instant(rs.getTimestamp(5))), rs.getString(6), rs.getTimestamp(7).toInstant());
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
