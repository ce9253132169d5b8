package io.gridguard.quarantine.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gridguard.quarantine.Alert;
import io.gridguard.quarantine.AlertKind;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ALERT = "SELECT id, kind, order_id, site_id, grid_id, detail, event_id, raised_at, handled_by, handled_at, "
            + "handled_note FROM quarantine_alert ";

    /** Raises an alert once: empty when one with this key exists already (two instances checking the same minute raise it once). */
    public Optional<Long> raise(String dedupeKey, AlertKind kind, Long orderId, Long siteId, NodePath path, String detail, Instant at) {
        int inserted = jdbc.sql("""
                INSERT INTO quarantine_alert (dedupe_key, kind, order_id, site_id, district_id, street_id, community_id, grid_id, detail,
                    raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(dedupeKey, kind.name(), orderId, siteId, path.districtId(), path.streetId(), path.communityId(), path.gridId(),
                        detail.length() > 300 ? detail.substring(0, 300) : detail, Timestamp.from(at)).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM quarantine_alert WHERE dedupe_key = ?").param(dedupeKey).query(Long.class).optional();
    }

    public boolean exists(String dedupeKey) {
        return jdbc.sql("SELECT count(*) FROM quarantine_alert WHERE dedupe_key = ?").param(dedupeKey).query(Long.class).single() > 0;
    }

    public void setEvent(long id, long eventId) {
        jdbc.sql("UPDATE quarantine_alert SET event_id = ? WHERE id = ?").params(eventId, id).update();
    }

    public Optional<Alert> find(long id) {
        return jdbc.sql(ALERT + "WHERE id = ?").param(id).query((rs, n) -> alert(rs)).optional();
    }

    /** Open alerts (not reminders) in a scope or at a site, newest first. */
    public List<Alert> open(List<ScopeNode> scope, Long siteId, int limit) {
        List<Object> params = new ArrayList<>();
        String where;
        if (siteId != null) {
            where = "site_id = ?";
            params.add(siteId);
        } else {
            where = ScopeSql.where(scope);
            params.addAll(ScopeSql.params(scope));
        }
        params.add(limit);
        return jdbc.sql(ALERT + "WHERE " + where + " AND kind <> 'REMINDER' AND handled_at IS NULL ORDER BY raised_at DESC, id DESC LIMIT ?")
                .params(params).query((rs, n) -> alert(rs)).list();
    }

    public List<Alert> ofOrder(long orderId) {
        return jdbc.sql(ALERT + "WHERE order_id = ? ORDER BY raised_at DESC, id DESC").param(orderId).query((rs, n) -> alert(rs)).list();
    }

    public long countOpenAtSite(long siteId) {
        return jdbc.sql("SELECT count(*) FROM quarantine_alert WHERE site_id = ? AND kind <> 'REMINDER' AND handled_at IS NULL")
                .param(siteId).query(Long.class).single();
    }

    public NodePath path(long id) {
        return jdbc.sql("SELECT district_id, street_id, community_id, grid_id FROM quarantine_alert WHERE id = ?").param(id)
                .query((rs, n) -> new NodePath(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    public int handle(long id, String by, Instant at, String note) {
        return jdbc.sql("UPDATE quarantine_alert SET handled_by = ?, handled_at = ?, handled_note = ? WHERE id = ? AND handled_at IS NULL")
                .params(by, Timestamp.from(at), note, id).update();
    }

    private static Alert alert(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp handled = rs.getTimestamp(10);
        return new Alert(rs.getLong(1), AlertKind.valueOf(rs.getString(2)), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                rs.getLong(5), rs.getString(6), rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant(), rs.getString(9),
                handled == null ? null : handled.toInstant(), rs.getString(11));
    }
}
