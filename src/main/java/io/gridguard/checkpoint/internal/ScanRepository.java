package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

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

    public long count(long checkpointId) {
        return jdbc.sql("SELECT count(*) FROM gate_scan WHERE checkpoint_id = ?").param(checkpointId).query(Long.class).single();
    }
}
