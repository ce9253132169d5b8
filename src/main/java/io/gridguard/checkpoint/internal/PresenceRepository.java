package io.gridguard.checkpoint.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.gridguard.checkpoint.Presence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of gate scans and venue check-ins by person in [from, to) and by place in [from, to] (both indexed). */
@Repository
public class PresenceRepository {

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Presence> gateScansOf(long personId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT person_id, checkpoint_id, scanned_at FROM gate_scan
                WHERE person_id = ? AND scanned_at >= ? AND scanned_at < ? AND decision = 'PASS'""")
                .params(personId, Timestamp.from(from), Timestamp.from(to)).query(PresenceRepository::gate).list();
    }

    public List<Presence> gateScansAt(long checkpointId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT person_id, checkpoint_id, scanned_at FROM gate_scan
                WHERE checkpoint_id = ? AND scanned_at >= ? AND scanned_at <= ? AND decision = 'PASS' AND person_id IS NOT NULL""")
                .params(checkpointId, Timestamp.from(from), Timestamp.from(to)).query(PresenceRepository::gate).list();
    }

    public List<Presence> checkInsOf(long personId, Instant from, Instant to) {
        return jdbc.sql("SELECT person_id, place_id, checked_in_at FROM venue_check_in WHERE person_id = ? AND checked_in_at >= ? AND checked_in_at < ?")
                .params(personId, Timestamp.from(from), Timestamp.from(to)).query(PresenceRepository::venue).list();
    }

    public List<Presence> checkInsAt(long placeId, Instant from, Instant to) {
        return jdbc.sql("SELECT person_id, place_id, checked_in_at FROM venue_check_in WHERE place_id = ? AND checked_in_at >= ? AND checked_in_at <= ?")
                .params(placeId, Timestamp.from(from), Timestamp.from(to)).query(PresenceRepository::venue).list();
    }

    private static Presence gate(ResultSet rs, int n) throws SQLException {
        return new Presence(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), Presence.Source.GATE);
    }

    private static Presence venue(ResultSet rs, int n) throws SQLException {
        return new Presence(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), Presence.Source.VENUE);
    }
}
