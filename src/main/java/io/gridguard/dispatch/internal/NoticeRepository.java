package io.gridguard.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.gridguard.dispatch.Level;
import io.gridguard.dispatch.Notice;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NoticeRepository {

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long eventId, String kind, String deadline, Level level, NodePath path, String detail, Instant at) {
        jdbc.sql("""
                INSERT INTO dispatch_notice (event_id, kind, deadline, level, district_id, street_id, community_id, grid_id, detail, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(eventId, kind, deadline, level.name(), path.districtId(), path.streetId(), path.communityId(), path.gridId(),
                        detail.length() > 200 ? detail.substring(0, 200) : detail, Timestamp.from(at)).update();
    }

    /** The latest notices of these levels in a scope, newer than {@code afterId}. */
    public List<Notice> latest(List<ScopeNode> scope, Collection<Level> levels, long afterId, int limit) {
        if (levels.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        levels.forEach(l -> params.add(l.name()));
        params.add(afterId);
        params.add(limit);
        return jdbc.sql("SELECT id, event_id, kind, deadline, level, grid_id, detail, created_at FROM dispatch_notice WHERE "
                        + ScopeSql.where(scope) + " AND level IN (" + String.join(",", levels.stream().map(l -> "?").toList())
                        + ") AND id > ? ORDER BY id DESC LIMIT ?")
                .params(params).query((rs, n) -> new Notice(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Level.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant())).list();
    }
}
