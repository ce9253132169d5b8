package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.healthcode.Colour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ScanRepository {

    private final JdbcClient jdbc;

    ScanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long checkpointId, Long personId, Instant at, Direction direction, BigDecimal temperature, String plate,
                       String method, Decision decision, Colour colour, ScanReason reason, String operator) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO gate_scan (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision,
                colour, reason, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(checkpointId, personId, Timestamp.from(at), direction.name(), temperature, plate, method,
                        decision.name(), colour == null ? null : colour.name(), reason.name(), operator)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public record Scan(Instant at, boolean vehicle, Decision decision, ScanReason reason) {
    }

    /** The scans of one checkpoint in [from, to), for a day's figures (index: checkpoint, time). */
    public List<Scan> between(long checkpointId, Instant from, Instant to) {
        return jdbc.sql("SELECT scanned_at, plate, decision, reason FROM gate_scan WHERE checkpoint_id = ? AND scanned_at >= ? AND scanned_at < ?")
                .params(checkpointId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Scan(rs.getTimestamp(1).toInstant(), rs.getString(2) != null,
                        Decision.valueOf(rs.getString(3)), ScanReason.valueOf(rs.getString(4))))
                .list();
    }

    public long[] countAndDenied(long checkpointId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT count(*), sum(CASE WHEN decision = 'DENY' THEN 1 ELSE 0 END) FROM gate_scan
                WHERE checkpoint_id = ? AND scanned_at >= ? AND scanned_at < ?""")
                .params(checkpointId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
    }
}
