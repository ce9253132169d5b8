package io.gridguard.quarantine.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gridguard.quarantine.OrderKind;
import io.gridguard.quarantine.OrderStatus;
import io.gridguard.quarantine.OrderView;
import io.gridguard.quarantine.Slot;
import io.gridguard.quarantine.TestOutcome;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record OrderRow(long id, long personId, OrderKind kind, OrderStatus status, Long contactId, int policyVersion,
                           LocalDate startDate, LocalDate plannedEnd, Long siteId, Long roomId, Long householdId, NodePath path,
                           String reason, String openedBy, Instant openedAt, String releasedBy, Instant releasedAt,
                           String releaseNote, boolean overridden, Long followsId) {
    }

    private static final String ORDER = """
            SELECT id, person_id, kind, status, contact_id, policy_version, start_date, planned_end, site_id, room_id, household_id,
                   district_id, street_id, community_id, grid_id, reason, opened_by, opened_at, released_by, released_at,
                   release_note, overridden, follows_id FROM quarantine_order\s""";

    /** Inserts an active order; false when the person already has one (the unique active person id). */
    public long insert(OrderRow o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quarantine_order (person_id, active_person_id, kind, status, contact_id, policy_version, start_date,
                    planned_end, site_id, room_id, household_id, district_id, street_id, community_id, grid_id, reason, opened_by,
                    opened_at, follows_id)
                VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.personId(), o.personId(), o.kind().name(), o.contactId(), o.policyVersion(), Date.valueOf(o.startDate()),
                        Date.valueOf(o.plannedEnd()), o.siteId(), o.householdId(), o.path().districtId(), o.path().streetId(),
                        o.path().communityId(), o.path().gridId(), o.reason(), o.openedBy(), Timestamp.from(o.openedAt()), o.followsId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<OrderRow> find(long id) {
        return jdbc.sql(ORDER + "WHERE id = ?").param(id).query(OrderRepository::order).optional();
    }

    /** The order, locked until the transaction ends: two steps on one order run one after the other. */
    public Optional<OrderRow> findForUpdate(long id) {
        return jdbc.sql(ORDER + "WHERE id = ? FOR UPDATE").param(id).query(OrderRepository::order).optional();
    }

    public Optional<OrderRow> active(long personId) {
        return jdbc.sql(ORDER + "WHERE active_person_id = ?").param(personId).query(OrderRepository::order).optional();
    }

    public List<OrderRow> activeInHousehold(long householdId) {
        return jdbc.sql(ORDER + "WHERE household_id = ? AND status = 'ACTIVE' AND kind <> 'CENTRALIZED' ORDER BY id")
                .param(householdId).query(OrderRepository::order).list();
    }

    public List<OrderRow> activeInRoom(long roomId) {
        return jdbc.sql(ORDER + "WHERE room_id = ? AND status = 'ACTIVE' ORDER BY id").param(roomId).query(OrderRepository::order).list();
    }

    public List<OrderRow> activeAtSite(long siteId) {
        return jdbc.sql(ORDER + "WHERE site_id = ? AND status = 'ACTIVE' ORDER BY room_id NULLS FIRST, id").param(siteId)
                .query(OrderRepository::order).list();
    }

    /** Active centralized orders no site has taken yet, in a scope. */
    public List<OrderRow> awaitingSite(List<ScopeNode> scope) {
        return jdbc.sql(ORDER + "WHERE status = 'ACTIVE' AND kind = 'CENTRALIZED' AND site_id IS NULL AND " + ScopeSql.where(scope)
                + " ORDER BY id").params(ScopeSql.params(scope)).query(OrderRepository::order).list();
    }

    /** A page of orders: in a scope (by the person's home), or at one site (siteId), or all of one person (personId). */
    public List<OrderRow> page(String where, List<Object> params, int limit, long offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql(ORDER + "WHERE " + where + " ORDER BY id DESC LIMIT ? OFFSET ?").params(all).query(OrderRepository::order).list();
    }

    public long count(String where, List<Object> params) {
        return jdbc.sql("SELECT count(*) FROM quarantine_order WHERE " + where).params(params).query(Long.class).single();
    }

    public void setSite(long id, Long siteId, Long roomId) {
        jdbc.sql("UPDATE quarantine_order SET site_id = ?, room_id = ? WHERE id = ?").params(siteId, roomId, id).update();
    }

    public void extend(long id, LocalDate plannedEnd) {
        jdbc.sql("UPDATE quarantine_order SET planned_end = ? WHERE id = ?").params(Date.valueOf(plannedEnd), id).update();
    }

    public void release(long id, String by, Instant at, String note, boolean overridden) {
        jdbc.sql("""
                UPDATE quarantine_order SET status = 'RELEASED', active_person_id = NULL, released_by = ?, released_at = ?,
                    release_note = ?, overridden = ? WHERE id = ?""")
                .params(by, Timestamp.from(at), note, overridden, id).update();
    }

    public void addStep(long orderId, Instant at, String actor, String action, String note) {
        jdbc.sql("INSERT INTO quarantine_step (order_id, at, actor, action, note) VALUES (?, ?, ?, ?, ?)")
                .params(orderId, Timestamp.from(at), actor, action, note).update();
    }

    public List<OrderView.Step> steps(long orderId) {
        return jdbc.sql("SELECT at, actor, action, note FROM quarantine_step WHERE order_id = ? ORDER BY id").param(orderId)
                .query((rs, n) -> new OrderView.Step(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void scheduleTest(long orderId, int day, LocalDate due) {
        jdbc.sql("INSERT INTO quarantine_test (order_id, order_day, due_date) VALUES (?, ?, ?)").params(orderId, day, Date.valueOf(due))
                .update();
    }

    public List<OrderView.ScheduledTest> tests(long orderId) {
        return jdbc.sql("SELECT order_day, due_date, result, result_at, recorded_by FROM quarantine_test WHERE order_id = ? ORDER BY order_day")
                .param(orderId).query((rs, n) -> new OrderView.ScheduledTest(rs.getInt(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3) == null ? null : TestOutcome.valueOf(rs.getString(3)), instant(rs, 4), rs.getString(5))).list();
    }

    public int recordTest(long orderId, int day, TestOutcome result, Instant at, String by) {
        return jdbc.sql("UPDATE quarantine_test SET result = ?, result_at = ?, recorded_by = ? WHERE order_id = ? AND order_day = ?")
                .params(result.name(), Timestamp.from(at), by, orderId, day).update();
    }

    public long insertReport(long orderId, LocalDate date, Slot slot, BigDecimal temperature, String symptoms, boolean fever, String source,
                             String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quarantine_report (order_id, report_date, slot, temperature, symptoms, fever, source, reported_by, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orderId, Date.valueOf(date), slot.name(), temperature, symptoms, fever, source, by, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<OrderView.HealthReport> reports(long orderId, int limit) {
        return jdbc.sql("""
                SELECT id, report_date, slot, temperature, symptoms, fever, source, reported_by, at FROM quarantine_report
                WHERE order_id = ? ORDER BY at DESC, id DESC LIMIT ?""")
                .params(orderId, limit).query((rs, n) -> new OrderView.HealthReport(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        Slot.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        rs.getString(8), rs.getTimestamp(9).toInstant())).list();
    }

    public boolean feverSince(long orderId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM quarantine_report WHERE order_id = ? AND fever AND at >= ?")
                .params(orderId, Timestamp.from(since)).query(Long.class).single() > 0;
    }

    /** Which of these orders reported in a slot of a day. */
    public List<Long> reportedIn(List<Long> orderIds, LocalDate date, Slot slot) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(orderIds);
        params.add(Date.valueOf(date));
        params.add(slot.name());
        return jdbc.sql("SELECT DISTINCT order_id FROM quarantine_report WHERE order_id IN (%s) AND report_date = ? AND slot = ?"
                .formatted(String.join(",", orderIds.stream().map(i -> "?").toList()))).params(params).query(Long.class).list();
    }

    /**
     * Active orders that owe a report for a slot of a day and have not made it: started on or before the day and opened
     * before the slot's deadline passed, with no report in it and no alert of this kind raised yet.
     */
    public List<OrderRow> missing(LocalDate date, Slot slot, Instant openedBefore, String alertKind) {
        return jdbc.sql(ORDER + """
                WHERE status = 'ACTIVE' AND start_date <= ? AND opened_at < ?
                  AND NOT EXISTS (SELECT 1 FROM quarantine_report r WHERE r.order_id = quarantine_order.id AND r.report_date = ? AND r.slot = ?)
                  AND NOT EXISTS (SELECT 1 FROM quarantine_alert a WHERE a.dedupe_key = ? || ':' || CAST(quarantine_order.id AS VARCHAR(20)) || ':' || ? || ':' || ?)
                ORDER BY id""")
                .params(Date.valueOf(date), Timestamp.from(openedBefore), Date.valueOf(date), slot.name(), alertKind, date.toString(),
                        slot.name())
                .query(OrderRepository::order).list();
    }

    public static String slotKey(String kind, long orderId, LocalDate date, Slot slot) {
        return kind + ":" + orderId + ":" + date + ":" + slot.name();
    }

    /** Active orders of any kind per site (occupancy), and centralized ones waiting for a site. */
    public List<long[]> activeBySite() {
        return jdbc.sql("SELECT site_id, count(*) FROM quarantine_order WHERE status = 'ACTIVE' AND site_id IS NOT NULL GROUP BY site_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Orders at a site that started, were released, are due for release, per day (the morning meeting's figures). */
    public long countAtSite(long siteId, String condition, Object... params) {
        List<Object> all = new ArrayList<>();
        all.add(siteId);
        all.addAll(List.of(params));
        return jdbc.sql("SELECT count(*) FROM quarantine_order WHERE site_id = ? AND " + condition).params(all).query(Long.class).single();
    }

    public long countReportsAtSite(long siteId, LocalDate date, Slot slot, boolean feverOnly) {
        return jdbc.sql("""
                SELECT count(DISTINCT r.order_id) FROM quarantine_report r JOIN quarantine_order o ON o.id = r.order_id
                WHERE o.site_id = ? AND r.report_date = ? AND r.slot = ?""" + (feverOnly ? " AND r.fever" : ""))
                .params(siteId, Date.valueOf(date), slot.name()).query(Long.class).single();
    }

    public long countTestsAtSite(long siteId, LocalDate due, boolean done) {
        return jdbc.sql("""
                SELECT count(*) FROM quarantine_test t JOIN quarantine_order o ON o.id = t.order_id
                WHERE o.site_id = ? AND o.status = 'ACTIVE' AND t.due_date = ?""" + (done ? " AND t.result IS NOT NULL" : ""))
                .params(siteId, Date.valueOf(due)).query(Long.class).single();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static OrderRow order(ResultSet rs, int n) throws SQLException {
        return new OrderRow(rs.getLong(1), rs.getLong(2), OrderKind.valueOf(rs.getString(3)), OrderStatus.valueOf(rs.getString(4)),
                rs.getObject(5, Long.class), rs.getInt(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                rs.getObject(9, Long.class), rs.getObject(10, Long.class), rs.getObject(11, Long.class),
                new NodePath(rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15)), rs.getString(16), rs.getString(17),
                rs.getTimestamp(18).toInstant(), rs.getString(19), instant(rs, 20), rs.getString(21), rs.getBoolean(22),
                rs.getObject(23, Long.class));
    }

    /** People under an active home quarantine order by household (the cockpit's risk map). */
    public java.util.Map<Long, Long> activeHomeByHousehold() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT household_id, count(*) FROM quarantine_order WHERE status = 'ACTIVE' AND kind = 'HOME' AND household_id IS NOT NULL
                GROUP BY household_id""").query((java.sql.ResultSet rs) -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }
}
