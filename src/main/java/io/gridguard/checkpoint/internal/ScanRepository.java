package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.healthcode.Colour;
import io.gridguard.shared.BatchInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ScanRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ScanRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String INSERT = """
            INSERT INTO gate_scan (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision,
            colour, reason, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** One attempt at a gate as it is stored. */
    public record ScanRow(long checkpointId, Long personId, Instant at, Direction direction, BigDecimal temperature, String plate,
                          String method, Decision decision, Colour colour, ScanReason reason, String operator) {
    }

    public long insert(ScanRow row) {
        return insertAll(List.of(row)).getFirst();
    }

    /** Many scans in one JDBC batch; their ids in order. */
    public List<Long> insertAll(List<ScanRow> rows) {
        return BatchInserts.insert(template, INSERT, rows, (ps, row) -> {
            ps.setLong(1, row.checkpointId());
            ps.setObject(2, row.personId(), Types.BIGINT);
            ps.setTimestamp(3, Timestamp.from(row.at()));
            ps.setString(4, row.direction().name());
            ps.setBigDecimal(5, row.temperature());
            ps.setString(6, row.plate());
            ps.setString(7, row.method());
            ps.setString(8, row.decision().name());
            ps.setString(9, row.colour() == null ? null : row.colour().name());
            ps.setString(10, row.reason().name());
            ps.setString(11, row.operator());
        });
    }

    public record Scan(Instant at, String plate, Decision decision, ScanReason reason) {
    }

    /** The scans of one checkpoint in [from, to), for a day's figures (index: checkpoint, time). */
    public List<Scan> between(long checkpointId, Instant from, Instant to) {
        return jdbc.sql("SELECT scanned_at, plate, decision, reason FROM gate_scan WHERE checkpoint_id = ? AND scanned_at >= ? AND scanned_at < ?")
                .params(checkpointId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Scan(rs.getTimestamp(1).toInstant(), rs.getString(2),
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
