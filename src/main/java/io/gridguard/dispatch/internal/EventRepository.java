package io.gridguard.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.gridguard.dispatch.EventCategory;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.EventState;
import io.gridguard.dispatch.Level;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event as stored. */
    public record EventRow(long id, String category, String description, EventSource source, String reportedBy,
                           Long reporterPersonId, String callerPhone, Double lat, Double lon, NodePath path, EventState state,
                           Level level, Instant acceptBy, Instant onSiteBy, Instant closeBy, Instant acceptedAt,
                           Instant closedAt, boolean breached, Instant createdAt, int version) {

        public EventRow moved(EventState to) {
            return new EventRow(id, category, description, source, reportedBy, reporterPersonId, callerPhone, lat, lon, path, to,
                    level, acceptBy, onSiteBy, closeBy, acceptedAt, closedAt, breached, createdAt, version);
        }

        public EventRow withClock(Level newLevel, Instant newAcceptBy, Instant newOnSiteBy, Instant newAcceptedAt,
                                  Instant newClosedAt, boolean newBreached) {
            return new EventRow(id, category, description, source, reportedBy, reporterPersonId, callerPhone, lat, lon, path, state,
                    newLevel, newAcceptBy, newOnSiteBy, closeBy, newAcceptedAt, newClosedAt, newBreached, createdAt, version);
        }
    }

    public record StepRow(Instant at, String actor, String action, String note, String photos) {
    }

    // ---- categories

    private static final String CATEGORY = """
            SELECT code, name_zh, name_en, departments, accept_seconds, onsite_seconds, close_seconds FROM event_category
            """;

    public List<EventCategory> categories() {
        return jdbc.sql(CATEGORY + "ORDER BY code").query(EventRepository::category).list();
    }

    public Optional<EventCategory> category(String code) {
        return jdbc.sql(CATEGORY + "WHERE code = ?").param(code).query(EventRepository::category).optional();
    }

    public void updateCategory(EventCategory c, String by, Instant at) {
        jdbc.sql("""
                UPDATE event_category SET departments = ?, accept_seconds = ?, onsite_seconds = ?, close_seconds = ?, updated_by = ?,
                updated_at = ? WHERE code = ?""")
                .params(String.join(",", c.departments()), (int) c.accept().toSeconds(), (int) c.onSite().toSeconds(),
                        (int) c.close().toSeconds(), by, Timestamp.from(at), c.code()).update();
    }

    private static EventCategory category(ResultSet rs, int n) throws SQLException {
        String departments = rs.getString(4);
        return new EventCategory(rs.getString(1), rs.getString(2), rs.getString(3),
                departments.isBlank() ? List.of() : Arrays.asList(departments.split(",")), Duration.ofSeconds(rs.getInt(5)),
                Duration.ofSeconds(rs.getInt(6)), Duration.ofSeconds(rs.getInt(7)));
    }

    // ---- events

    private static final String EVENT = """
            SELECT id, category, description, source, reported_by, reporter_person_id, caller_phone, lat, lon, district_id, street_id,
            community_id, grid_id, state, level, accept_by, onsite_by, close_by, accepted_at, closed_at, breached, created_at, version
            FROM dispatch_event
            """;

    /** Stores a new event; {@code dedupeKey} names what raised it, for repeats to find it (null: a report by a person). */
    public long insert(EventRow e, String dedupeKey) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO dispatch_event (category, description, source, reported_by, reporter_person_id, caller_phone, lat, lon,
                district_id, street_id, community_id, grid_id, state, level, accept_by, close_by, created_at, dedupe_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.category(), e.description(), e.source().name(), e.reportedBy(), e.reporterPersonId(), e.callerPhone(),
                        e.lat(), e.lon(), e.path().districtId(), e.path().streetId(), e.path().communityId(), e.path().gridId(),
                        e.state().name(), e.level().name(), Timestamp.from(e.acceptBy()), Timestamp.from(e.closeBy()),
                        Timestamp.from(e.createdAt()), dedupeKey)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The newest event not yet closed that was raised by {@code dedupeKey} since {@code since}. */
    public Optional<Long> openRaisedBy(String dedupeKey, Instant since) {
        return jdbc.sql("""
                SELECT id FROM dispatch_event WHERE dedupe_key = ? AND created_at >= ? AND state <> 'CLOSED' ORDER BY id DESC LIMIT 1""")
                .params(dedupeKey, Timestamp.from(since)).query(Long.class).optional();
    }

    /** How many of these events are closed (one query, whatever their number). */
    public long countClosed(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM dispatch_event WHERE state = 'CLOSED' AND id IN (:ids)").param("ids", ids)
                .query(Long.class).single();
    }

    public Optional<EventRow> find(long id) {
        return jdbc.sql(EVENT + "WHERE id = ?").param(id).query(EventRepository::event).optional();
    }

    /** Writes the event's state and clock if nobody changed it since it was read; false if someone did. */
    public boolean save(EventRow e) {
        return jdbc.sql("""
                UPDATE dispatch_event SET state = ?, level = ?, accept_by = ?, onsite_by = ?, accepted_at = ?, closed_at = ?,
                breached = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(e.state().name(), e.level().name(), Timestamp.from(e.acceptBy()), ts(e.onSiteBy()), ts(e.acceptedAt()),
                        ts(e.closedAt()), e.breached(), e.id(), e.version())
                .update() == 1;
    }

    public void assign(long eventId, List<Long> departmentIds, Instant at) {
        jdbc.sql("DELETE FROM event_assignment WHERE event_id = ?").param(eventId).update();
        for (long department : departmentIds) {
            jdbc.sql("INSERT INTO event_assignment (event_id, department_id, assigned_at) VALUES (?, ?, ?)")
                    .params(eventId, department, Timestamp.from(at)).update();
        }
    }

    public List<Long> assigned(long eventId) {
        return jdbc.sql("SELECT department_id FROM event_assignment WHERE event_id = ? ORDER BY department_id").param(eventId)
                .query(Long.class).list();
    }

    public void addStep(long eventId, Instant at, String actor, String action, String note, String photos) {
        jdbc.sql("INSERT INTO event_step (event_id, at, actor, action, note, photos) VALUES (?, ?, ?, ?, ?, ?)")
                .params(eventId, Timestamp.from(at), actor, action, note, photos).update();
    }

    public List<StepRow> steps(long eventId) {
        return jdbc.sql("SELECT at, actor, action, note, photos FROM event_step WHERE event_id = ? ORDER BY id").param(eventId)
                .query((rs, n) -> new StepRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** Which events a list shows: those in a scope, of a department, or reported by someone; by state and category. */
    public record Filter(List<ScopeNode> scope, Long departmentId, Long reporterPersonId, List<EventState> states, String category) {
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (f.departmentId() != null) {
            sql.append("id IN (SELECT event_id FROM event_assignment WHERE department_id = ?)");
            params.add(f.departmentId());
        } else if (f.reporterPersonId() != null) {
            sql.append("reporter_person_id = ?");
            params.add(f.reporterPersonId());
        } else {
            sql.append(ScopeSql.where(f.scope()));
            params.addAll(ScopeSql.params(f.scope()));
        }
        if (!f.states().isEmpty()) {
            sql.append(" AND state IN (").append(String.join(", ", f.states().stream().map(s -> "?").toList())).append(")");
            f.states().forEach(s -> params.add(s.name()));
        }
        if (f.category() != null) {
            sql.append(" AND category = ?");
            params.add(f.category());
        }
        return new Where(sql.toString(), params);
    }

    /** Newest first; a queue (open states) by the nearest accept deadline first. */
    public List<EventRow> page(Filter f, boolean byDeadline, int limit, long offset) {
        Where w = where(f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(EVENT + "WHERE " + w.sql() + (byDeadline ? " ORDER BY accept_by, id" : " ORDER BY id DESC") + " LIMIT ? OFFSET ?")
                .params(params).query(EventRepository::event).list();
    }

    public long count(Filter f) {
        Where w = where(f);
        return jdbc.sql("SELECT count(*) FROM dispatch_event WHERE " + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Events in a scope not closed whose clock ran out (breached). */
    public long countOverdue(List<ScopeNode> scope) {
        return jdbc.sql("SELECT count(*) FROM dispatch_event WHERE " + ScopeSql.where(scope) + " AND breached AND state <> 'CLOSED'")
                .params(ScopeSql.params(scope)).query(Long.class).single();
    }

    /** What the figures need of an event reported in a period: its groups and its times. */
    public record Timing(long id, String category, EventSource source, long streetId, Instant createdAt, Instant acceptedAt,
                         Instant closedAt) {
    }

    public List<Timing> timings(List<ScopeNode> scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        params.add(Timestamp.from(to));
        return jdbc.sql("SELECT id, category, source, street_id, created_at, accepted_at, closed_at FROM dispatch_event WHERE "
                        + ScopeSql.where(scope) + " AND created_at >= ? AND created_at < ?")
                .params(params).query((rs, n) -> new Timing(rs.getLong(1), rs.getString(2), EventSource.valueOf(rs.getString(3)), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), instant(rs, 6), instant(rs, 7))).list();
    }

    /** The departments of the events reported in a period in a scope: [event id, department id]. */
    public List<long[]> assignments(List<ScopeNode> scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        params.add(Timestamp.from(to));
        return jdbc.sql("SELECT a.event_id, a.department_id FROM event_assignment a WHERE a.event_id IN (SELECT id FROM dispatch_event WHERE "
                        + ScopeSql.where(scope) + " AND created_at >= ? AND created_at < ?)")
                .params(params).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static EventRow event(ResultSet rs, int n) throws SQLException {
        return new EventRow(rs.getLong(1), rs.getString(2), rs.getString(3), EventSource.valueOf(rs.getString(4)), rs.getString(5),
                rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Double.class), rs.getObject(9, Double.class),
                new NodePath(rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)), EventState.valueOf(rs.getString(14)),
                Level.valueOf(rs.getString(15)), instant(rs, 16), instant(rs, 17), instant(rs, 18), instant(rs, 19), instant(rs, 20),
                rs.getBoolean(21), instant(rs, 22), rs.getInt(23));
    }

    /** Where the open events whose clock ran out were reported (those with a location). */
    public List<double[]> overdueLocations() {
        return jdbc.sql("SELECT lat, lon FROM dispatch_event WHERE breached AND state <> 'CLOSED' AND lat IS NOT NULL AND lon IS NOT NULL")
                .query((rs, n) -> new double[]{rs.getDouble(1), rs.getDouble(2)}).list();
    }
}
