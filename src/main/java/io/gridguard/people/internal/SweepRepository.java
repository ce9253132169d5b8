package io.gridguard.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gridguard.people.SweepView;
import io.gridguard.people.VisitOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SweepRepository {

    private static final String SELECT = """
            SELECT s.id, s.community_id, s.name, s.total_households,
            (SELECT count(*) FROM sweep_visit v WHERE v.sweep_id = s.id), s.started_by, s.started_at, s.closed_at
            FROM sweep s""";

    private final JdbcClient jdbc;

    SweepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long communityId, String name, int total, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sweep (community_id, name, total_households, started_by, started_at) VALUES (?, ?, ?, ?, ?)")
                .params(communityId, name, total, by, Timestamp.from(Instant.now())).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<SweepView> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SweepRepository::map).optional();
    }

    public List<SweepView> inCommunities(List<Long> communities) {
        if (communities.isEmpty()) {
            return List.of();
        }
        String marks = communities.stream().map(c -> "?").collect(Collectors.joining(","));
        return jdbc.sql(SELECT + " WHERE s.community_id IN (" + marks + ") ORDER BY s.id DESC")
                .params(new ArrayList<Object>(communities)).query(SweepRepository::map).list();
    }

    public void close(long id) {
        jdbc.sql("UPDATE sweep SET closed_at = ? WHERE id = ?").params(Timestamp.from(Instant.now()), id).update();
    }

    public void visit(long sweepId, long householdId, long gridId, VisitOutcome outcome, String note, String by) {
        jdbc.sql("DELETE FROM sweep_visit WHERE sweep_id = ? AND household_id = ?").params(sweepId, householdId).update();
        jdbc.sql("""
                INSERT INTO sweep_visit (sweep_id, household_id, grid_id, outcome, note, visited_by, visited_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(sweepId, householdId, gridId, outcome.name(), note, by, Timestamp.from(Instant.now())).update();
    }

    public record Visit(VisitOutcome outcome, String note, String by, Instant at) {
    }

    public Map<Long, Visit> visits(long sweepId, List<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        String marks = householdIds.stream().map(h -> "?").collect(Collectors.joining(","));
        List<Object> params = new ArrayList<>();
        params.add(sweepId);
        params.addAll(householdIds);
        Map<Long, Visit> visits = new HashMap<>();
        jdbc.sql("SELECT household_id, outcome, note, visited_by, visited_at FROM sweep_visit WHERE sweep_id = ? AND household_id IN ("
                        + marks + ")").params(params)
                .query(rs -> {
                    visits.put(rs.getLong(1), new Visit(VisitOutcome.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return visits;
    }

    private static SweepView map(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp(8);
        return new SweepView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), closed == null ? null : closed.toInstant());
    }
}
