package io.gridguard.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gridguard.care.NeedKind;
import io.gridguard.care.TaskStatus;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CareRepository {

    private final JdbcClient jdbc;

    CareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TaskRow(long id, long householdId, Long buildingId, long orderId, NeedKind kind, String note, TaskStatus status,
                          NodePath path, String requestedBy, Instant requestedAt, Instant dueAt, String claimedBy, Instant claimedAt,
                          Instant doneAt, String doneNote, Instant confirmedAt, Long overdueEventId) {
    }

    private static final String TASK = """
            SELECT id, household_id, building_id, order_id, kind, note, status, district_id, street_id, community_id, grid_id,
                   requested_by, requested_at, due_at, claimed_by, claimed_at, done_at, done_note, confirmed_at, overdue_event_id
            FROM care_task\s""";

    public long insert(long householdId, Long buildingId, long orderId, NeedKind kind, String note, NodePath path, String by, Instant at,
                       Instant due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO care_task (household_id, building_id, order_id, kind, note, status, district_id, street_id, community_id, grid_id,
                    requested_by, requested_at, due_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, buildingId, orderId, kind.name(), note, path.districtId(), path.streetId(), path.communityId(),
                        path.gridId(), by, Timestamp.from(at), Timestamp.from(due)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<TaskRow> find(long id) {
        return jdbc.sql(TASK + "WHERE id = ?").param(id).query(CareRepository::task).optional();
    }

    public Optional<TaskRow> findForUpdate(long id) {
        return jdbc.sql(TASK + "WHERE id = ? FOR UPDATE").param(id).query(CareRepository::task).optional();
    }

    /** Tasks in a scope (or of one household), not yet confirmed first, then newest. */
    public List<TaskRow> page(List<ScopeNode> scope, Long householdId, TaskStatus status, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, householdId, status, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(TASK + "WHERE " + where + " ORDER BY CASE WHEN status = 'CONFIRMED' THEN 1 ELSE 0 END, due_at, id LIMIT ? OFFSET ?")
                .params(params).query(CareRepository::task).list();
    }

    public long count(List<ScopeNode> scope, Long householdId, TaskStatus status) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, householdId, status, params);
        return jdbc.sql("SELECT count(*) FROM care_task WHERE " + where).params(params).query(Long.class).single();
    }

    private static String where(List<ScopeNode> scope, Long householdId, TaskStatus status, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (householdId != null) {
            where.append("household_id = ?");
            params.add(householdId);
        } else {
            where.append(ScopeSql.where(scope));
            params.addAll(ScopeSql.params(scope));
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        return where.toString();
    }

    /** Tasks of the households, not confirmed (the social worker's page). */
    public List<TaskRow> unconfirmedIn(List<ScopeNode> scope) {
        return jdbc.sql(TASK + "WHERE status <> 'CONFIRMED' AND " + ScopeSql.where(scope) + " ORDER BY due_at, id LIMIT 1000")
                .params(ScopeSql.params(scope)).query(CareRepository::task).list();
    }

    public void claim(long id, String by, Instant at) {
        jdbc.sql("UPDATE care_task SET status = 'CLAIMED', claimed_by = ?, claimed_at = ? WHERE id = ?").params(by, Timestamp.from(at), id)
                .update();
    }

    public void unclaim(long id) {
        jdbc.sql("UPDATE care_task SET status = 'OPEN', claimed_by = NULL, claimed_at = NULL WHERE id = ?").param(id).update();
    }

    public void done(long id, String note, Instant at) {
        jdbc.sql("UPDATE care_task SET status = 'DONE', done_note = ?, done_at = ? WHERE id = ?").params(note, Timestamp.from(at), id).update();
    }

    public void confirm(long id, Instant at) {
        jdbc.sql("UPDATE care_task SET status = 'CONFIRMED', confirmed_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    /** Tasks not done by their due time that have not raised their event yet. */
    public List<TaskRow> lateWithoutEvent(Instant now) {
        return jdbc.sql(TASK + "WHERE status IN ('OPEN', 'CLAIMED') AND due_at < ? AND overdue_event_id IS NULL ORDER BY due_at LIMIT 500")
                .param(Timestamp.from(now)).query(CareRepository::task).list();
    }

    /** Marks the task's overdue event; false when another instance got there first. */
    public boolean markOverdue(long id, long eventId) {
        return jdbc.sql("UPDATE care_task SET overdue_event_id = ? WHERE id = ? AND overdue_event_id IS NULL").params(eventId, id).update() == 1;
    }

    /** The tasks requested in [from, to) in a scope (statistics). */
    public List<TaskRow> requested(List<ScopeNode> scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        params.add(Timestamp.from(to));
        return jdbc.sql(TASK + "WHERE " + ScopeSql.where(scope) + " AND requested_at >= ? AND requested_at < ? ORDER BY id")
                .params(params).query(CareRepository::task).list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static TaskRow task(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4), NeedKind.valueOf(rs.getString(5)),
                rs.getString(6), TaskStatus.valueOf(rs.getString(7)), new NodePath(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)),
                rs.getString(12), instant(rs, 13), instant(rs, 14), rs.getString(15), instant(rs, 16), instant(rs, 17), rs.getString(18),
                instant(rs, 19), rs.getObject(20, Long.class));
    }
}
