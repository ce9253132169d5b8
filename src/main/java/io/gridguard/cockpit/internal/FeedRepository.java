package io.gridguard.cockpit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gridguard.cockpit.FeedAlert;
import io.gridguard.cockpit.FeedKind;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class FeedRepository {

    private static final TypeReference<List<String>> ARGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, kind, district_id, street_id, community_id, grid_id, args, link, raised_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeedRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** False when an alert with this key was raised before (by this instance or another). */
    public boolean raise(FeedKind kind, String dedupeKey, NodePath path, List<String> args, String link, Instant at) {
        return jdbc.sql("""
                INSERT INTO cockpit_alert (kind, dedupe_key, district_id, street_id, community_id, grid_id, args, link, raised_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(kind.name(), dedupeKey, path.districtId(), path.streetId(), path.communityId(), path.gridId(),
                        json.writeValueAsString(args), link, Timestamp.from(at)).update() == 1;
    }

    /** The latest alerts under these nodes, the newest first. */
    public List<FeedAlert> latest(List<ScopeNode> scope, int limit) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM cockpit_alert WHERE " + ScopeSql.where(scope) + " ORDER BY id DESC LIMIT ?")
                .params(params).query(this::alert).list();
    }

    /** Alerts after this one, anywhere, the oldest first. */
    public List<FeedAlert> after(long id, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cockpit_alert WHERE id > ? ORDER BY id LIMIT ?").params(id, limit)
                .query(this::alert).list();
    }

    public long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM cockpit_alert").query(Long.class).single();
    }

    private FeedAlert alert(ResultSet rs, int n) throws SQLException {
        return new FeedAlert(rs.getLong(1), FeedKind.valueOf(rs.getString(2)),
                new NodePath(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), json.readValue(rs.getString(7), ARGS),
                rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
