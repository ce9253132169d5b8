package io.gridguard.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gridguard.dispatch.Track;
import io.gridguard.dispatch.VisitKind;
import io.gridguard.dispatch.VisitOutcome;
import io.gridguard.dispatch.VisitView;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DutyRepository {

    private final JdbcClient jdbc;

    DutyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String VISIT = "SELECT id, worker, kind, place_id, person_id, outcome, note, at, grid_id FROM grid_visit ";

    public long insertVisit(String worker, VisitKind kind, Long placeId, Long personId, VisitOutcome outcome, String note, Instant at,
                            NodePath path) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO grid_visit (worker, kind, place_id, person_id, outcome, note, at, district_id, street_id, community_id, grid_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(worker, kind.name(), placeId, personId, outcome.name(), note, Timestamp.from(at), path.districtId(), path.streetId(),
                        path.communityId(), path.gridId()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public VisitView visit(long id) {
        return jdbc.sql(VISIT + "WHERE id = ?").param(id).query(DutyRepository::visit).single();
    }

    /** A worker's visits in [from, to), inside a scope. */
    public List<VisitView> visits(String worker, List<ScopeNode> scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(List.of(worker));
        params.addAll(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        params.add(Timestamp.from(to));
        return jdbc.sql(VISIT + "WHERE worker = ? AND " + ScopeSql.where(scope) + " AND at >= ? AND at < ? ORDER BY at")
                .params(params).query(DutyRepository::visit).list();
    }

    public void insertPosition(String worker, double lat, double lon, Double accuracy, Instant at, NodePath path) {
        jdbc.sql("""
                INSERT INTO worker_position (worker, lat, lon, accuracy, at, district_id, street_id, community_id, grid_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(worker, lat, lon, accuracy, Timestamp.from(at), path.districtId(), path.streetId(), path.communityId(), path.gridId())
                .update();
    }

    public List<Track.Point> positions(String worker, List<ScopeNode> scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(List.of(worker));
        params.addAll(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        params.add(Timestamp.from(to));
        return jdbc.sql("SELECT lat, lon, accuracy, at FROM worker_position WHERE worker = ? AND " + ScopeSql.where(scope)
                        + " AND at >= ? AND at < ? ORDER BY at")
                .params(params).query((rs, n) -> new Track.Point(rs.getDouble(1), rs.getDouble(2), rs.getObject(3, Double.class),
                        rs.getTimestamp(4).toInstant())).list();
    }

    private static VisitView visit(ResultSet rs, int n) throws SQLException {
        return new VisitView(rs.getLong(1), rs.getString(2), VisitKind.valueOf(rs.getString(3)), rs.getObject(4, Long.class),
                rs.getObject(5, Long.class), VisitOutcome.valueOf(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getLong(9));
    }
}
