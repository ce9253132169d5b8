package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.healthcode.Colour;
import io.gridguard.shared.Hashes;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ScanRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    /** Whether the database is PostgreSQL, once asked. */
    private volatile Boolean postgres;

    ScanRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * A group's scans in one statement, in the group's order: as a JDBC batch each row was an execution of its own (the
     * driver does not rewrite a batch into one statement when it must answer generated keys).
     */
    private static final String INSERT_ALL = """
            INSERT INTO gate_scan (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision, colour, reason, operator)
            SELECT checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision, colour, reason, operator
            FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY),
                        CAST(? AS VARCHAR ARRAY), CAST(? AS DECIMAL(4, 1) ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
                        CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY))
                 WITH ORDINALITY AS s (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision, colour,
                                       reason, operator, n)
            ORDER BY n""";

    /** One attempt at a gate as it is stored, with the valid QR token it showed (if any) to be used up. */
    public record ScanRow(long checkpointId, Long personId, Instant at, Direction direction, BigDecimal temperature, String plate,
                          String method, Decision decision, Colour colour, ScanReason reason, String operator, TokenUse token) {

        /** The same attempt refused because its token had already been shown at a gate. */
        public ScanRow replayed() {
            return new ScanRow(checkpointId, personId, at, direction, temperature, plate, method, Decision.DENY, colour,
                    ScanReason.REPLAYED_TOKEN, operator, null);
        }
    }

    /**
     * A valid QR token shown at a gate: its hash, kept until the token expires — the first 128 bits of its SHA-256, as
     * a UUID (16 bytes in the key every token scan is checked against, not 64 hex digits).
     */
    public record TokenUse(UUID hash, Instant expiresAt) {

        public static TokenUse of(String token, Instant expiresAt) {
            ByteBuffer digest = ByteBuffer.wrap(Hashes.sha256Bytes(token));
            return new TokenUse(new UUID(digest.getLong(), digest.getLong()), expiresAt);
        }
    }

    /**
     * Uses up the attempt's token: the attempt as it is to be stored — unchanged, or refused as a replay when the
     * token was shown before. Inside the caller's transaction, so the use and the scan commit together.
     */
    public ScanRow useToken(ScanRow row) {
        return useTokens(List.of(row)).getFirst();
    }

    private static final String CLAIM = """
            INSERT INTO gate_token_use (token_hash, expires_at)
            SELECT * FROM UNNEST(CAST(? AS UUID ARRAY), CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY)) ON CONFLICT DO NOTHING""";

    /**
     * Uses up the tokens of a group of attempts in one statement: a token shown before, or earlier in the group, refuses
     * the later attempt as a replay. The insert skips the tokens already used and answers the ones it claimed; a token
     * another transaction is claiming at the same moment waits for it to end, and is claimed by one of the two.
     */
    public List<ScanRow> useTokens(List<ScanRow> rows) {
        List<TokenUse> shown = rows.stream().map(ScanRow::token).filter(Objects::nonNull).toList();
        if (shown.isEmpty()) {
            return rows;
        }
        Set<UUID> claimed = claim(shown);
        List<ScanRow> decided = new ArrayList<>(rows.size());
        for (ScanRow row : rows) {
            // remove: of two attempts with one token in the group, the first has it
            decided.add(row.token() == null || claimed.remove(row.token().hash()) ? row : row.replayed());
        }
        return decided;
    }

    private Set<UUID> claim(List<TokenUse> shown) {
        var keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement insert = con.prepareStatement(CLAIM, new String[]{"token_hash"});
            insert.setArray(1, con.createArrayOf("uuid", shown.stream().map(TokenUse::hash).toArray()));
            insert.setArray(2, con.createArrayOf("timestamptz", shown.stream().map(use -> Timestamp.from(use.expiresAt())).toArray()));
            return insert;
        }, keys);
        Set<UUID> claimed = new HashSet<>();
        keys.getKeyList().forEach(row -> claimed.add((UUID) row.values().iterator().next()));
        return claimed;
    }

    /** Scans at a checkpoint in [from, to), or only its denials, by its place-and-time index. */
    public long count(long checkpointId, Instant from, Instant to, boolean deniedOnly) {
        return jdbc.sql("SELECT count(*) FROM gate_scan WHERE checkpoint_id = ? AND scanned_at >= ? AND scanned_at < ?"
                        + (deniedOnly ? " AND decision = 'DENY'" : ""))
                .params(checkpointId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
    }

    /** Tokens past their expiry can no longer be shown, so their uses need not be kept. */
    public int forgetTokensExpiredBefore(Instant before) {
        return jdbc.sql("DELETE FROM gate_token_use WHERE expires_at < ?").param(Timestamp.from(before)).update();
    }

    /**
     * On PostgreSQL, vacuums the table of token uses, so that the space of those forgotten is used again and their dead
     * entries leave the key every use is checked against. Outside any transaction (VACUUM cannot run in one); skipped
     * while another instance vacuums it. H2 has no VACUUM and reuses the space itself.
     */
    public void compactTokenUses() {
        if (postgres == null) {
            postgres = template.execute((ConnectionCallback<Boolean>) con -> "PostgreSQL".equals(con.getMetaData().getDatabaseProductName()));
        }
        if (postgres) {
            template.execute("VACUUM (SKIP_LOCKED) gate_token_use");
        }
    }

    public long insert(ScanRow row) {
        return insertAll(List.of(row)).getFirst();
    }

    /**
     * Many scans in one statement; their ids in order. The rows are inserted in the order given (ORDER BY n), so their
     * identities rise in that order, whatever order the database answers them in.
     */
    public List<Long> insertAll(List<ScanRow> rows) {
        var keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement insert = con.prepareStatement(INSERT_ALL, new String[]{"id"});
            insert.setArray(1, con.createArrayOf("int8", column(rows, ScanRow::checkpointId)));
            insert.setArray(2, con.createArrayOf("int8", column(rows, ScanRow::personId)));
            insert.setArray(3, con.createArrayOf("timestamptz", column(rows, row -> Timestamp.from(row.at()))));
            insert.setArray(4, con.createArrayOf("varchar", column(rows, row -> row.direction().name())));
            insert.setArray(5, con.createArrayOf("numeric", column(rows, ScanRow::temperature)));
            insert.setArray(6, con.createArrayOf("varchar", column(rows, ScanRow::plate)));
            insert.setArray(7, con.createArrayOf("varchar", column(rows, ScanRow::method)));
            insert.setArray(8, con.createArrayOf("varchar", column(rows, row -> row.decision().name())));
            insert.setArray(9, con.createArrayOf("varchar", column(rows, row -> row.colour() == null ? null : row.colour().name())));
            insert.setArray(10, con.createArrayOf("varchar", column(rows, row -> row.reason().name())));
            insert.setArray(11, con.createArrayOf("varchar", column(rows, ScanRow::operator)));
            return insert;
        }, keys);
        List<Long> ids = new ArrayList<>(rows.size());
        keys.getKeyList().forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("stored " + ids.size() + " of " + rows.size() + " scans");
        }
        ids.sort(null);
        return ids;
    }

    private static Object[] column(List<ScanRow> rows, Function<ScanRow, Object> value) {
        Object[] column = new Object[rows.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
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

    /** A scan as a list shows it. */
    public record Line(long id, long checkpointId, Long personId, Instant at, Direction direction, BigDecimal temperature, String plate,
                       Decision decision, io.gridguard.healthcode.Colour colour, ScanReason reason) {
    }

    /** The scans at these checkpoints in [from, to), the latest first; all decisions when {@code decision} is null. */
    public List<Line> latest(List<Long> checkpointIds, Instant from, Instant to, Decision decision, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, checkpoint_id, person_id, scanned_at, direction, temperature, plate, decision, colour, reason FROM gate_scan
                WHERE checkpoint_id IN (:ids) AND scanned_at >= :from AND scanned_at < :to AND (:decision = '' OR decision = :decision)
                ORDER BY scanned_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("ids", checkpointIds).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("decision", decision == null ? "" : decision.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getTimestamp(4).toInstant(),
                        Direction.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getString(7), Decision.valueOf(rs.getString(8)),
                        rs.getString(9) == null ? null : io.gridguard.healthcode.Colour.valueOf(rs.getString(9)), ScanReason.valueOf(rs.getString(10))))
                .list();
    }

    public long countIn(List<Long> checkpointIds, Instant from, Instant to, Decision decision) {
        return jdbc.sql("""
                SELECT count(*) FROM gate_scan WHERE checkpoint_id IN (:ids) AND scanned_at >= :from AND scanned_at < :to
                AND (:decision = '' OR decision = :decision)""")
                .param("ids", checkpointIds).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("decision", decision == null ? "" : decision.name()).query(Long.class).single();
    }
}
