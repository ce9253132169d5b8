package io.gridguard.checkpoint.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gridguard.healthcode.Colour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Venue codes and the check-ins made with them. */
@Repository
public class VenueRepository {

    private final JdbcClient jdbc;

    VenueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> tokenOf(long placeId) {
        return jdbc.sql("SELECT token FROM venue_code WHERE place_id = ?").param(placeId).query(String.class).optional();
    }

    /** Creates the place's code unless one exists (two clerks printing at once get the same one). */
    public String createToken(long placeId, String token, String by, Instant at) {
        jdbc.sql("INSERT INTO venue_code (place_id, token, created_by, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(placeId, token, by, Timestamp.from(at)).update();
        return tokenOf(placeId).orElseThrow();
    }

    public Optional<Long> placeOf(String token) {
        return jdbc.sql("SELECT place_id FROM venue_code WHERE token = ?").param(token).query(Long.class).optional();
    }

    public long checkIn(long placeId, long personId, Instant at, Colour colour) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO venue_check_in (place_id, person_id, checked_in_at, colour) VALUES (?, ?, ?, ?)")
                .params(placeId, personId, Timestamp.from(at), colour.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public record CheckInRow(long id, long personId, Instant at, Colour colour) {
    }

    /** The check-ins at a place in [from, to), newest first (index: place, time). */
    public List<CheckInRow> between(long placeId, Instant from, Instant to, int limit, long offset) {
        return jdbc.sql("""
                SELECT id, person_id, checked_in_at, colour FROM venue_check_in
                WHERE place_id = ? AND checked_in_at >= ? AND checked_in_at < ? ORDER BY checked_in_at DESC, id DESC
                LIMIT ? OFFSET ?""")
                .params(placeId, Timestamp.from(from), Timestamp.from(to), limit, offset)
                .query((rs, n) -> new CheckInRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        Colour.valueOf(rs.getString(4))))
                .list();
    }

    public long count(long placeId, Instant from, Instant to) {
        return jdbc.sql("SELECT count(*) FROM venue_check_in WHERE place_id = ? AND checked_in_at >= ? AND checked_in_at < ?")
                .params(placeId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }
}
