package io.gridguard.quarantine.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gridguard.quarantine.CareNeed;
import io.gridguard.quarantine.RoomStatus;
import io.gridguard.quarantine.SiteView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SiteRepository {

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RoomRow(long id, long siteId, String number, int capacity, RoomStatus status) {
    }

    private static final String ROOM = "SELECT id, site_id, number, capacity, status FROM quarantine_room ";

    public long insertRoom(long siteId, String number, int capacity) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quarantine_room (site_id, number, capacity, status) VALUES (?, ?, ?, 'FREE')").params(siteId, number, capacity)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean roomExists(long siteId, String number) {
        return jdbc.sql("SELECT count(*) FROM quarantine_room WHERE site_id = ? AND number = ?").params(siteId, number)
                .query(Long.class).single() > 0;
    }

    public Optional<RoomRow> room(long id) {
        return jdbc.sql(ROOM + "WHERE id = ?").param(id).query((rs, n) -> room(rs)).optional();
    }

    public Optional<RoomRow> roomForUpdate(long id) {
        return jdbc.sql(ROOM + "WHERE id = ? FOR UPDATE").param(id).query((rs, n) -> room(rs)).optional();
    }

    public List<RoomRow> rooms(long siteId) {
        return jdbc.sql(ROOM + "WHERE site_id = ? ORDER BY number").param(siteId).query((rs, n) -> room(rs)).list();
    }

    public List<RoomRow> allRooms() {
        return jdbc.sql(ROOM + "ORDER BY site_id, number").query((rs, n) -> room(rs)).list();
    }

    public void setRoomStatus(long id, RoomStatus status) {
        jdbc.sql("UPDATE quarantine_room SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    private static RoomRow room(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RoomRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), RoomStatus.valueOf(rs.getString(5)));
    }

    public long insertGroup(long siteId, String name, String leader, String phone, String members, String duties) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quarantine_work_group (site_id, name, leader, phone, members, duties) VALUES (?, ?, ?, ?, ?, ?)")
                .params(siteId, name, leader, phone, members, duties).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<SiteView.WorkGroup> groups(long siteId) {
        return jdbc.sql("SELECT id, name, leader, phone, members, duties FROM quarantine_work_group WHERE site_id = ? ORDER BY id")
                .param(siteId).query((rs, n) -> new SiteView.WorkGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    public record CareRow(long id, long orderId, long siteId, CareNeed kind, String note, Instant dueAt, boolean daily, String createdBy,
                          Instant doneAt, String doneBy, String doneNote) {
    }

    private static final String CARE = "SELECT id, order_id, site_id, kind, note, due_at, daily, created_by, done_at, done_by, done_note "
            + "FROM quarantine_care_task ";

    public long insertCare(long orderId, long siteId, CareNeed kind, String note, Instant dueAt, boolean daily, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quarantine_care_task (order_id, site_id, kind, note, due_at, daily, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(orderId, siteId, kind.name(), note, Timestamp.from(dueAt), daily, by).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<CareRow> careForUpdate(long id) {
        return jdbc.sql(CARE + "WHERE id = ? FOR UPDATE").param(id).query((rs, n) -> care(rs)).optional();
    }

    /** A site's care tasks not done, and those done since {@code doneSince}, by due time. */
    public List<CareRow> care(long siteId, Instant doneSince) {
        return jdbc.sql(CARE + "WHERE site_id = ? AND (done_at IS NULL OR done_at >= ?) ORDER BY due_at, id")
                .params(siteId, Timestamp.from(doneSince)).query((rs, n) -> care(rs)).list();
    }

    public void careDone(long id, String by, Instant at, String note) {
        jdbc.sql("UPDATE quarantine_care_task SET done_at = ?, done_by = ?, done_note = ? WHERE id = ?")
                .params(Timestamp.from(at), by, note, id).update();
    }

    /** Care tasks of a site due in [from, to); only those not done and past due at {@code now} when {@code overdueOnly}. */
    public long countCare(long siteId, Instant dueFrom, Instant dueTo, boolean overdueOnly, Instant now) {
        if (overdueOnly) {
            return jdbc.sql("SELECT count(*) FROM quarantine_care_task WHERE site_id = ? AND due_at >= ? AND due_at < ? AND done_at IS NULL "
                            + "AND due_at < ?").params(siteId, Timestamp.from(dueFrom), Timestamp.from(dueTo), Timestamp.from(now))
                    .query(Long.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM quarantine_care_task WHERE site_id = ? AND due_at >= ? AND due_at < ?")
                .params(siteId, Timestamp.from(dueFrom), Timestamp.from(dueTo)).query(Long.class).single();
    }

    private static CareRow care(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp done = rs.getTimestamp(9);
        return new CareRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), CareNeed.valueOf(rs.getString(4)), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getBoolean(7), rs.getString(8), done == null ? null : done.toInstant(),
                rs.getString(10), rs.getString(11));
    }

    public long insertDisinfection(long siteId, String area, Instant at, String by, String note) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quarantine_disinfection (site_id, area, at, done_by, note) VALUES (?, ?, ?, ?, ?)")
                .params(siteId, area, Timestamp.from(at), by, note).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<SiteView.Disinfection> disinfections(long siteId, Instant from, Instant to) {
        return jdbc.sql("SELECT id, area, at, done_by, note FROM quarantine_disinfection WHERE site_id = ? AND at >= ? AND at < ? ORDER BY at")
                .params(siteId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new SiteView.Disinfection(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5))).list();
    }

    public Optional<String> meetingNotes(long siteId, LocalDate date) {
        return jdbc.sql("SELECT notes FROM quarantine_meeting WHERE site_id = ? AND meeting_date = ?").params(siteId, Date.valueOf(date))
                .query(String.class).optional();
    }

    public void saveMeetingNotes(long siteId, LocalDate date, String notes, String by, Instant at) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (jdbc.sql("UPDATE quarantine_meeting SET notes = ?, updated_by = ?, updated_at = ? WHERE site_id = ? AND meeting_date = ?")
                    .params(notes, by, Timestamp.from(at), siteId, Date.valueOf(date)).update() > 0) {
                return;
            }
            // the day's first notes; someone saving at the same moment inserts first, and this one then updates theirs
            if (jdbc.sql("INSERT INTO quarantine_meeting (site_id, meeting_date, notes, updated_by, updated_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(siteId, Date.valueOf(date), notes, by, Timestamp.from(at)).update() > 0) {
                return;
            }
        }
    }
}
