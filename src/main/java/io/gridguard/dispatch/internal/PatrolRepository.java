package io.gridguard.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.gridguard.dispatch.PatrolMethod;
import io.gridguard.dispatch.PatrolSpot;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PatrolRepository {

    private final JdbcClient jdbc;

    PatrolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SpotRow(long id, long placeId, String name, List<String> checklist, NodePath path) {
    }

    private static final String SPOT = "SELECT id, place_id, name, checklist, district_id, street_id, community_id, grid_id FROM patrol_spot ";

    public long insertSpot(long placeId, String name, List<String> checklist, NodePath path, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO patrol_spot (place_id, name, checklist, district_id, street_id, community_id, grid_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(placeId, name, String.join("\n", checklist), path.districtId(), path.streetId(), path.communityId(), path.gridId(),
                        by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<SpotRow> spot(long id) {
        return jdbc.sql(SPOT + "WHERE id = ?").param(id).query(PatrolRepository::spot).optional();
    }

    public List<SpotRow> spots(List<ScopeNode> scope, int limit, long offset) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SPOT + "WHERE " + ScopeSql.where(scope) + " ORDER BY grid_id, id LIMIT ? OFFSET ?").params(params)
                .query(PatrolRepository::spot).list();
    }

    public long countSpots(List<ScopeNode> scope) {
        return jdbc.sql("SELECT count(*) FROM patrol_spot WHERE " + ScopeSql.where(scope)).params(ScopeSql.params(scope))
                .query(Long.class).single();
    }

    public long insertCheck(long spotId, String worker, Instant at, PatrolMethod method, boolean hazard, List<String> failed, String note,
                            Long eventId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO patrol_check (spot_id, worker, at, method, hazard, failed_items, note, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(spotId, worker, Timestamp.from(at), method.name(), hazard, failed.isEmpty() ? null : String.join("\n", failed), note,
                        eventId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The checks in [from, to) of the spots in a scope, oldest first. */
    public List<CheckRow> checks(List<ScopeNode> scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        params.add(Timestamp.from(to));
        return jdbc.sql("""
                SELECT c.id, c.spot_id, c.worker, c.at, c.hazard, c.failed_items, c.note, c.event_id, c.method FROM patrol_check c
                WHERE c.spot_id IN (SELECT id FROM patrol_spot WHERE %s) AND c.at >= ? AND c.at < ? ORDER BY c.at, c.id"""
                        .formatted(ScopeSql.where(scope)))
                .params(params).query((rs, n) -> new CheckRow(rs.getLong(2), new PatrolSpot.Check(rs.getLong(1), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), PatrolMethod.valueOf(rs.getString(9)), rs.getBoolean(5), lines(rs.getString(6)),
                        rs.getString(7),
                        rs.getObject(8, Long.class)))).list();
    }

    public record CheckRow(long spotId, PatrolSpot.Check check) {
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static SpotRow spot(ResultSet rs, int n) throws SQLException {
        return new SpotRow(rs.getLong(1), rs.getLong(2), rs.getString(3), lines(rs.getString(4)),
                new NodePath(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }
}
