package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

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
import org.springframework.transaction.support.TransactionTemplate;

@Repository
public class ScanRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    /** Whether the database is PostgreSQL, once asked. */
    private volatile Boolean postgres;

    ScanRepository(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
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

    /**
     * A group's scans stored and their tokens used up in one statement (PostgreSQL only): the claim runs as a data-modifying
     * WITH, and a scan whose token it did not claim is stored refused as a replay. One statement committing on its own
     * instead of a transaction of two: at rush hour the transaction's three round trips to the database (claim, insert,
     * commit) cost the group more than the rows.
     */
    private static final String STORE = """
            WITH s AS (
                SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY),
                                     CAST(? AS VARCHAR ARRAY), CAST(? AS DECIMAL(4, 1) ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
                                     CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
                                     CAST(? AS UUID ARRAY), CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY))
                     WITH ORDINALITY AS s (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision, colour,
                                           reason, operator, token_hash, token_expires_at, n)),
            claimed AS (
                INSERT INTO gate_token_use (token_hash, expires_at)
                SELECT token_hash, token_expires_at FROM s WHERE token_hash IS NOT NULL
                ON CONFLICT DO NOTHING RETURNING token_hash),
            judged AS (
                SELECT s.*, s.token_hash IS NOT NULL AND s.token_hash NOT IN (SELECT token_hash FROM claimed) AS replayed FROM s)
            INSERT INTO gate_scan (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision, colour, reason, operator)
            SELECT checkpoint_id, person_id, scanned_at, direction, temperature, plate, method,
                   CASE WHEN replayed THEN 'DENY' ELSE decision END, colour,
                   CASE WHEN replayed THEN 'REPLAYED_TOKEN' ELSE reason END, operator
            FROM judged
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

    /** A scan as it was committed (refused as a replay if its token had been shown before) and its id. */
    public record Stored(long id, ScanRow row) {
    }

    /**
     * Stores scans, each with its token used up — or refused as a replay when the token was shown before or earlier
     * in the list — all or none: in the caller's transaction if there is one, else committed before it returns. On
     * PostgreSQL this is one statement (the claim a data-modifying WITH); on H2, which has none, the claim and the insert
     * run as two in one transaction.
     */
    public List<Stored> store(List<ScanRow> rows) {
        if (!postgres()) {
            return transactions.execute(status -> {
                List<ScanRow> used = useTokens(rows);
                return stored(insertAll(used), used);
            });
        }
        List<ScanRow> sent = new ArrayList<>(rows.size());
        Set<UUID> inGroup = new HashSet<>();
        for (ScanRow row : rows) {
            // of two attempts with one token in the list, the later is a replay whatever the claim finds
            sent.add(row.token() == null || inGroup.add(row.token().hash()) ? row : row.replayed());
        }
        var keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement store = con.prepareStatement(STORE, new String[]{"id", "reason"});
            scanColumns(con, store, sent);
            store.setArray(12, con.createArrayOf("uuid", column(sent, row -> row.token() == null ? null : row.token().hash())));
            store.setArray(13, con.createArrayOf("timestamptz",
                    column(sent, row -> row.token() == null ? null : Timestamp.from(row.token().expiresAt()))));
            return store;
        }, keys);
        List<Map<String, Object>> answered = new ArrayList<>(keys.getKeyList());
        answered.sort(Comparator.comparingLong(key -> ((Number) key.get("id")).longValue()));
        if (answered.size() != sent.size()) {
            throw new IllegalStateException("stored " + answered.size() + " of " + sent.size() + " scans");
        }
        List<Stored> stored = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            ScanRow row = sent.get(i);
            boolean refused = ScanReason.REPLAYED_TOKEN.name().equals(answered.get(i).get("reason")) && row.reason() != ScanReason.REPLAYED_TOKEN;
            stored.add(new Stored(((Number) answered.get(i).get("id")).longValue(), refused ? row.replayed() : row));
        }
        return stored;
    }

    private static List<Stored> stored(List<Long> ids, List<ScanRow> rows) {
        return IntStream.range(0, rows.size()).mapToObj(i -> new Stored(ids.get(i), rows.get(i))).toList();
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
        if (postgres()) {
            template.execute("VACUUM (SKIP_LOCKED) gate_token_use");
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = template.execute((ConnectionCallback<Boolean>) con -> "PostgreSQL".equals(con.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }

    /**
     * Many scans in one statement; their ids in order. The rows are inserted in the order given (ORDER BY n), so their
     * identities rise in that order, whatever order the database answers them in.
     */
    public List<Long> insertAll(List<ScanRow> rows) {
        var keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement insert = con.prepareStatement(INSERT_ALL, new String[]{"id"});
            scanColumns(con, insert, rows);
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

    /** The scans' eleven columns as the first eleven parameters, an array each. */
    private static void scanColumns(Connection con, PreparedStatement statement, List<ScanRow> rows) throws SQLException {
        statement.setArray(1, con.createArrayOf("int8", column(rows, ScanRow::checkpointId)));
        statement.setArray(2, con.createArrayOf("int8", column(rows, ScanRow::personId)));
        statement.setArray(3, con.createArrayOf("timestamptz", column(rows, row -> Timestamp.from(row.at()))));
        statement.setArray(4, con.createArrayOf("varchar", column(rows, row -> row.direction().name())));
        statement.setArray(5, con.createArrayOf("numeric", column(rows, ScanRow::temperature)));
        statement.setArray(6, con.createArrayOf("varchar", column(rows, ScanRow::plate)));
        statement.setArray(7, con.createArrayOf("varchar", column(rows, ScanRow::method)));
        statement.setArray(8, con.createArrayOf("varchar", column(rows, row -> row.decision().name())));
        statement.setArray(9, con.createArrayOf("varchar", column(rows, row -> row.colour() == null ? null : row.colour().name())));
        statement.setArray(10, con.createArrayOf("varchar", column(rows, row -> row.reason().name())));
        statement.setArray(11, con.createArrayOf("varchar", column(rows, ScanRow::operator)));
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
