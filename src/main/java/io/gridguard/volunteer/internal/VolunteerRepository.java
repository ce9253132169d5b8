package io.gridguard.volunteer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import io.gridguard.volunteer.VolunteerStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class VolunteerRepository {

    private final JdbcClient jdbc;

    VolunteerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TeamRow(long id, String name, long districtId, long streetId, long communityId) {
    }

    public record MemberRow(long id, long personId, long teamId, VolunteerStatus status, String skills, Instant appliedAt,
                            String decidedBy, Instant decidedAt, String reason) {
    }

    public record ShiftRow(long id, long teamId, long placeId, Instant startsAt, Instant endsAt, int slots, NodePath path) {
    }

    public record AttendanceRow(long id, long shiftId, long volunteerId, Instant checkedInAt, Instant checkedOutAt, boolean autoClosed) {
    }

    /** An attendance left open, with its shift's times (for closing it at the shift's end). */
    public record OpenAttendance(long id, long volunteerId, long teamId, long shiftId, long placeId, Instant startsAt, Instant endsAt,
                                 Instant checkedInAt, NodePath path) {
    }

    // --- teams

    public long insertTeam(String name, long districtId, long streetId, long communityId, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO volunteer_team (name, district_id, street_id, community_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, districtId, streetId, communityId, by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<TeamRow> team(long id) {
        return jdbc.sql("SELECT id, name, district_id, street_id, community_id FROM volunteer_team WHERE id = ?").param(id)
                .query(VolunteerRepository::team).optional();
    }

    /** Teams under these nodes; a grid holds no team (teams are a community's). */
    public List<TeamRow> teams(List<ScopeNode> scope) {
        List<ScopeNode> above = aboveGrid(scope);
        return jdbc.sql("SELECT id, name, district_id, street_id, community_id FROM volunteer_team WHERE " + ScopeSql.where(above)
                + " ORDER BY community_id, id").params(ScopeSql.params(above)).query(VolunteerRepository::team).list();
    }

    public List<TeamRow> teamsOfStreet(long streetId) {
        return jdbc.sql("SELECT id, name, district_id, street_id, community_id FROM volunteer_team WHERE street_id = ? ORDER BY community_id, id")
                .param(streetId).query(VolunteerRepository::team).list();
    }

    /** Members of these teams by status: team id → status → count. */
    public Map<Long, Map<VolunteerStatus, Long>> membersByStatus(Collection<Long> teamIds) {
        Map<Long, Map<VolunteerStatus, Long>> counts = new HashMap<>();
        if (teamIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT team_id, status, count(*) FROM volunteer WHERE team_id IN (" + marks(teamIds) + ") GROUP BY team_id, status")
                .params(List.copyOf(teamIds)).query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(VolunteerStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    // --- members

    private static final String MEMBER = "SELECT id, person_id, team_id, status, skills, applied_at, decided_by, decided_at, reason FROM volunteer ";

    public long insertMember(long personId, long teamId, VolunteerStatus status, String skills, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        boolean decided = status != VolunteerStatus.APPLIED;
        jdbc.sql("""
                INSERT INTO volunteer (person_id, team_id, status, skills, applied_by, applied_at, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, teamId, status.name(), skills, by, Timestamp.from(at), decided ? by : null,
                        decided ? Timestamp.from(at) : null).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<MemberRow> member(long id) {
        return jdbc.sql(MEMBER + "WHERE id = ?").param(id).query(VolunteerRepository::member).optional();
    }

    public Optional<MemberRow> memberForUpdate(long id) {
        return jdbc.sql(MEMBER + "WHERE id = ? FOR UPDATE").param(id).query(VolunteerRepository::member).optional();
    }

    public Map<Long, MemberRow> membersByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(MEMBER + "WHERE id IN (" + marks(ids) + ")").params(List.copyOf(ids)).query(VolunteerRepository::member).list()
                .stream().collect(Collectors.toMap(MemberRow::id, m -> m));
    }

    public List<MemberRow> membersOf(long personId) {
        return jdbc.sql(MEMBER + "WHERE person_id = ? ORDER BY id").param(personId).query(VolunteerRepository::member).list();
    }

    public Optional<MemberRow> activeMember(long personId, long teamId) {
        return jdbc.sql(MEMBER + "WHERE person_id = ? AND team_id = ? AND status = 'ACTIVE'").params(personId, teamId)
                .query(VolunteerRepository::member).optional();
    }

    public List<MemberRow> members(Collection<Long> teamIds, VolunteerStatus status, int limit, long offset) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(teamIds);
        String where = "WHERE team_id IN (" + marks(teamIds) + ")";
        if (status != null) {
            where += " AND status = ?";
            params.add(status.name());
        }
        params.add(limit);
        params.add(offset);
        // those waiting for a decision first, then the newest
        return jdbc.sql(MEMBER + where + " ORDER BY CASE status WHEN 'APPLIED' THEN 0 ELSE 1 END, id DESC LIMIT ? OFFSET ?")
                .params(params).query(VolunteerRepository::member).list();
    }

    public long countMembers(Collection<Long> teamIds, VolunteerStatus status) {
        if (teamIds.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>(teamIds);
        String where = "WHERE team_id IN (" + marks(teamIds) + ")";
        if (status != null) {
            where += " AND status = ?";
            params.add(status.name());
        }
        return jdbc.sql("SELECT count(*) FROM volunteer " + where).params(params).query(Long.class).single();
    }

    public void decide(long id, VolunteerStatus status, String by, Instant at, String reason) {
        jdbc.sql("UPDATE volunteer SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ?")
                .params(status.name(), by, Timestamp.from(at), reason, id).update();
    }

    /** Active volunteers of the teams under these nodes (the cockpit's figure). */
    public long countActive(List<ScopeNode> scope) {
        List<ScopeNode> above = aboveGrid(scope);
        return jdbc.sql("SELECT count(*) FROM volunteer v JOIN volunteer_team t ON t.id = v.team_id WHERE v.status = 'ACTIVE' AND "
                + ScopeSql.where(above, "t")).params(ScopeSql.params(above)).query(Long.class).single();
    }

    // --- shifts

    private static final String SHIFT = """
            SELECT id, team_id, place_id, starts_at, ends_at, slots, district_id, street_id, community_id, grid_id FROM volunteer_shift\s""";

    public long insertShift(long teamId, long placeId, Instant startsAt, Instant endsAt, int slots, NodePath path, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO volunteer_shift (team_id, place_id, starts_at, ends_at, slots, district_id, street_id, community_id, grid_id,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(teamId, placeId, Timestamp.from(startsAt), Timestamp.from(endsAt), slots, path.districtId(), path.streetId(),
                        path.communityId(), path.gridId(), by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ShiftRow> shift(long id) {
        return jdbc.sql(SHIFT + "WHERE id = ?").param(id).query(VolunteerRepository::shift).optional();
    }

    /** Locks the shift: taking its last slot is decided one volunteer at a time. */
    public Optional<ShiftRow> shiftForUpdate(long id) {
        return jdbc.sql(SHIFT + "WHERE id = ? FOR UPDATE").param(id).query(VolunteerRepository::shift).optional();
    }

    /** Shifts at places under these nodes that overlap [from, to), earliest first. */
    public List<ShiftRow> shifts(List<ScopeNode> scope, Instant from, Instant to, int limit) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(Timestamp.from(to));
        params.add(Timestamp.from(from));
        params.add(limit);
        return jdbc.sql(SHIFT + "WHERE " + ScopeSql.where(scope) + " AND starts_at < ? AND ends_at > ? ORDER BY starts_at, id LIMIT ?")
                .params(params).query(VolunteerRepository::shift).list();
    }

    public List<ShiftRow> shiftsOfTeams(Collection<Long> teamIds, Instant from, Instant to, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(teamIds);
        params.add(Timestamp.from(to));
        params.add(Timestamp.from(from));
        params.add(limit);
        return jdbc.sql(SHIFT + "WHERE team_id IN (" + marks(teamIds) + ") AND starts_at < ? AND ends_at > ? ORDER BY starts_at, id LIMIT ?")
                .params(params).query(VolunteerRepository::shift).list();
    }

    public List<ShiftRow> shiftsAt(long placeId, Instant from, Instant to) {
        return jdbc.sql(SHIFT + "WHERE place_id = ? AND starts_at < ? AND ends_at > ? ORDER BY starts_at, id")
                .params(placeId, Timestamp.from(to), Timestamp.from(from)).query(VolunteerRepository::shift).list();
    }

    // --- attendances

    private static final String ATTENDANCE = """
            SELECT id, shift_id, volunteer_id, checked_in_at, checked_out_at, auto_closed FROM volunteer_attendance\s""";

    public void insertAttendance(long shiftId, long volunteerId, String by, Instant at) {
        jdbc.sql("INSERT INTO volunteer_attendance (shift_id, volunteer_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)")
                .params(shiftId, volunteerId, by, Timestamp.from(at)).update();
    }

    public Optional<AttendanceRow> attendance(long shiftId, long volunteerId) {
        return jdbc.sql(ATTENDANCE + "WHERE shift_id = ? AND volunteer_id = ?").params(shiftId, volunteerId)
                .query(VolunteerRepository::attendance).optional();
    }

    public Map<Long, List<AttendanceRow>> attendances(Collection<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(ATTENDANCE + "WHERE shift_id IN (" + marks(shiftIds) + ") ORDER BY id").params(List.copyOf(shiftIds))
                .query(VolunteerRepository::attendance).list().stream()
                .collect(Collectors.groupingBy(AttendanceRow::shiftId, Collectors.toList()));
    }

    public int taken(long shiftId) {
        return jdbc.sql("SELECT count(*) FROM volunteer_attendance WHERE shift_id = ?").param(shiftId).query(Integer.class).single();
    }

    /** Whether the volunteer (any of this person's memberships) already has a shift overlapping [from, to). */
    public boolean busy(long personId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT count(*) FROM volunteer_attendance a JOIN volunteer_shift s ON s.id = a.shift_id JOIN volunteer v ON v.id = a.volunteer_id
                WHERE v.person_id = ? AND s.starts_at < ? AND s.ends_at > ?""")
                .params(personId, Timestamp.from(to), Timestamp.from(from)).query(Long.class).single() > 0;
    }

    public void deleteAttendance(long id) {
        jdbc.sql("DELETE FROM volunteer_attendance WHERE id = ? AND checked_in_at IS NULL").param(id).update();
    }

    public boolean checkIn(long id, String by, Instant at) {
        return jdbc.sql("UPDATE volunteer_attendance SET checked_in_at = ?, checked_in_by = ? WHERE id = ? AND checked_in_at IS NULL")
                .params(Timestamp.from(at), by, id).update() == 1;
    }

    /** Records the check-out once: two instances (or two taps) closing the same attendance close it once. */
    public boolean checkOut(long id, String by, Instant at, boolean auto) {
        return jdbc.sql("""
                UPDATE volunteer_attendance SET checked_out_at = ?, checked_out_by = ?, auto_closed = ?
                WHERE id = ? AND checked_in_at IS NOT NULL AND checked_out_at IS NULL""")
                .params(Timestamp.from(at), by, auto, id).update() == 1;
    }

    private static final String OPEN = """
            SELECT a.id, a.volunteer_id, s.team_id, s.id, s.place_id, s.starts_at, s.ends_at, a.checked_in_at,
                   s.district_id, s.street_id, s.community_id, s.grid_id
            FROM volunteer_attendance a JOIN volunteer_shift s ON s.id = a.shift_id
            WHERE a.checked_in_at IS NOT NULL AND a.checked_out_at IS NULL\s""";

    /** Volunteers checked in and not out at places under these nodes. */
    public List<OpenAttendance> onDuty(List<ScopeNode> scope, int limit) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(limit);
        return jdbc.sql(OPEN + "AND " + ScopeSql.where(scope, "s") + " ORDER BY a.checked_in_at LIMIT ?").params(params)
                .query(VolunteerRepository::open).list();
    }

    public long countOnDuty(List<ScopeNode> scope) {
        return jdbc.sql("""
                SELECT count(*) FROM volunteer_attendance a JOIN volunteer_shift s ON s.id = a.shift_id
                WHERE a.checked_in_at IS NOT NULL AND a.checked_out_at IS NULL AND\s""" + ScopeSql.where(scope, "s"))
                .params(ScopeSql.params(scope)).query(Long.class).single();
    }

    /** Attendances still open although their shift ended before {@code endedBefore}. */
    public List<OpenAttendance> leftOpen(Instant endedBefore, int limit) {
        return jdbc.sql(OPEN + "AND s.ends_at < ? ORDER BY s.ends_at LIMIT ?").params(Timestamp.from(endedBefore), limit)
                .query(VolunteerRepository::open).list();
    }

    // --- hours

    public void insertHours(long volunteerId, long teamId, Long attendanceId, long minutes, String note, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO volunteer_hours (volunteer_id, team_id, attendance_id, minutes, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(volunteerId, teamId, attendanceId, minutes, note, by, Timestamp.from(at)).update();
    }

    public Map<Long, Long> minutesOf(Collection<Long> volunteerIds) {
        Map<Long, Long> minutes = new HashMap<>();
        if (!volunteerIds.isEmpty()) {
            jdbc.sql("SELECT volunteer_id, sum(minutes) FROM volunteer_hours WHERE volunteer_id IN (" + marks(volunteerIds)
                    + ") GROUP BY volunteer_id").params(List.copyOf(volunteerIds))
                    .query(rs -> {
                        minutes.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return minutes;
    }

    /** Per team: shifts started, check-ins and ledger minutes in [from, to), and ledger minutes ever. */
    public Map<Long, long[]> teamFigures(Collection<Long> teamIds, Instant from, Instant to) {
        Map<Long, long[]> figures = new HashMap<>();
        if (teamIds.isEmpty()) {
            return figures;
        }
        teamIds.forEach(id -> figures.put(id, new long[4]));
        String in = " IN (" + marks(teamIds) + ")";
        List<Object> ids = List.copyOf(teamIds);
        List<Object> period = new ArrayList<>(ids);
        period.add(Timestamp.from(from));
        period.add(Timestamp.from(to));
        jdbc.sql("SELECT team_id, count(*) FROM volunteer_shift WHERE team_id" + in + " AND starts_at >= ? AND starts_at < ? GROUP BY team_id")
                .params(period).query(rs -> {
                    figures.get(rs.getLong(1))[0] = rs.getLong(2);
                });
        jdbc.sql("""
                SELECT s.team_id, count(*) FROM volunteer_attendance a JOIN volunteer_shift s ON s.id = a.shift_id
                WHERE s.team_id""" + in + " AND a.checked_in_at >= ? AND a.checked_in_at < ? GROUP BY s.team_id")
                .params(period).query(rs -> {
                    figures.get(rs.getLong(1))[1] = rs.getLong(2);
                });
        jdbc.sql("SELECT team_id, sum(minutes) FROM volunteer_hours WHERE team_id" + in + " AND recorded_at >= ? AND recorded_at < ? GROUP BY team_id")
                .params(period).query(rs -> {
                    figures.get(rs.getLong(1))[2] = rs.getLong(2);
                });
        jdbc.sql("SELECT team_id, sum(minutes) FROM volunteer_hours WHERE team_id" + in + " GROUP BY team_id").params(ids).query(rs -> {
            figures.get(rs.getLong(1))[3] = rs.getLong(2);
        });
        return figures;
    }

    // --- helpers

    private static List<ScopeNode> aboveGrid(List<ScopeNode> scope) {
        return scope.stream().filter(node -> node.level() != NodeLevel.GRID).toList();
    }

    private static String marks(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }

    private static TeamRow team(ResultSet rs, int n) throws SQLException {
        return new TeamRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }

    private static MemberRow member(ResultSet rs, int n) throws SQLException {
        return new MemberRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), VolunteerStatus.valueOf(rs.getString(4)), rs.getString(5),
                instant(rs, 6), rs.getString(7), instant(rs, 8), rs.getString(9));
    }

    private static ShiftRow shift(ResultSet rs, int n) throws SQLException {
        return new ShiftRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4), instant(rs, 5), rs.getInt(6),
                new NodePath(rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
    }

    private static AttendanceRow attendance(ResultSet rs, int n) throws SQLException {
        return new AttendanceRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4), instant(rs, 5), rs.getBoolean(6));
    }

    private static OpenAttendance open(ResultSet rs, int n) throws SQLException {
        return new OpenAttendance(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), instant(rs, 6), instant(rs, 7),
                instant(rs, 8), new NodePath(rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
