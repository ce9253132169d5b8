package io.gridguard.tracing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class KeyPersonRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    KeyPersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record ListRow(long id, String fileName, String status, int total, int done, int accepted, int matched, int rejected,
                          String failure, String uploadedBy, Instant uploadedAt, Instant finishedAt) {
    }

    /** One row as stored: what came, what the import made of it, and the grid worker's verification. */
    public record PersonRow(long id, long listId, int rowNo, String name, String idNumber, String phone, String origin,
                            LocalDate arrivalDate, String category, String status, String reason, String reasonArg,
                            Long personId, NodePath path, String outcome) {
    }

    private static final String LIST = """
            SELECT id, file_name, status, rows_total, rows_done, accepted, matched, rejected, failure, uploaded_by, uploaded_at,
            finished_at FROM key_person_list
            """;
    private static final String ROW = """
            SELECT id, list_id, row_no, name, id_number, phone, origin, arrival_date, category, status, reason, reason_arg,
            person_id, district_id, street_id, community_id, grid_id, outcome FROM key_person_row
            """;

    public Optional<Long> byHash(String hash) {
        return jdbc.sql("SELECT id FROM key_person_list WHERE file_hash = ?").param(hash).query(Long.class).optional();
    }

    /** Where a list belongs: the district, and the street when a street received it. */
    public record Owner(long districtId, Long streetId) {
    }

    public long insertList(String fileName, String hash, Owner owner, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO key_person_list (file_name, file_hash, status, district_id, street_id, uploaded_by, uploaded_at, touched_at)
                VALUES (?, ?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(fileName, hash, owner.districtId(), owner.streetId(), by, Timestamp.from(at), Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Owner owner(long listId) {
        return jdbc.sql("SELECT district_id, street_id FROM key_person_list WHERE id = ?").param(listId)
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getObject(2, Long.class))).single();
    }

    public void progress(long id, int total, int done, int accepted, int matched, int rejected, Instant at) {
        jdbc.sql("""
                UPDATE key_person_list SET rows_total = ?, rows_done = ?, accepted = ?, matched = ?, rejected = ?, touched_at = ?
                WHERE id = ?""")
                .params(total, done, accepted, matched, rejected, Timestamp.from(at), id).update();
    }

    /** Takes a failed import (or one whose heartbeat stopped before {@code staleBefore}) to run it again; false if another took it. */
    public boolean claimForResume(long id, Instant at, Instant staleBefore) {
        return jdbc.sql("""
                UPDATE key_person_list SET status = 'RUNNING', failure = NULL, finished_at = NULL, touched_at = ?
                WHERE id = ? AND (status = 'FAILED' OR (status = 'RUNNING' AND touched_at < ?))""")
                .params(Timestamp.from(at), id, Timestamp.from(staleBefore)).update() == 1;
    }

    /** Imports whose heartbeat stopped (the server went down under them) are marked failed, to be resumed. */
    public int failStalled(Instant at, Instant staleBefore) {
        return jdbc.sql("""
                UPDATE key_person_list SET status = 'FAILED', failure = 'interrupted', finished_at = ?
                WHERE status = 'RUNNING' AND touched_at < ?""")
                .params(Timestamp.from(at), Timestamp.from(staleBefore)).update();
    }

    /** What an interrupted import already stored: [last row number, accepted, matched, rejected]. */
    public int[] stored(long listId) {
        return jdbc.sql("""
                SELECT COALESCE(max(row_no), 0), count(CASE WHEN status = 'ACCEPTED' THEN 1 END),
                count(person_id), count(CASE WHEN status = 'REJECTED' THEN 1 END) FROM key_person_row WHERE list_id = ?""")
                .param(listId).query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}).single();
    }

    public void finish(long id, String status, String failure, Instant at) {
        jdbc.sql("UPDATE key_person_list SET status = ?, failure = ?, finished_at = ? WHERE id = ?")
                .params(status, failure, Timestamp.from(at), id).update();
    }

    public Optional<ListRow> find(long id) {
        return jdbc.sql(LIST + "WHERE id = ?").param(id).query(KeyPersonRepository::list).optional();
    }

    /** Lists in a scope: received there, or with rows there (a street sees its part of a district's list). */
    private static String visible(List<ScopeNode> scope) {
        return "(" + ScopeSql.where(scope) + " OR EXISTS (SELECT 1 FROM key_person_row WHERE key_person_row.list_id = key_person_list.id AND "
                + ScopeSql.where(scope) + "))";
    }

    private static List<Object> visibleParams(List<ScopeNode> scope) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.addAll(ScopeSql.params(scope));
        return params;
    }

    public boolean isVisible(long id, List<ScopeNode> scope) {
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(visibleParams(scope));
        return jdbc.sql("SELECT count(*) FROM key_person_list WHERE id = ? AND " + visible(scope)).params(params).query(Long.class).single() > 0;
    }

    public List<ListRow> lists(List<ScopeNode> scope, int limit, long offset) {
        List<Object> params = visibleParams(scope);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(LIST + "WHERE " + visible(scope) + " ORDER BY id DESC LIMIT ? OFFSET ?").params(params)
                .query(KeyPersonRepository::list).list();
    }

    public long countLists(List<ScopeNode> scope) {
        return jdbc.sql("SELECT count(*) FROM key_person_list WHERE " + visible(scope)).params(visibleParams(scope))
                .query(Long.class).single();
    }

    /** Stores rows; those not in a grid (unmatched or rejected) are kept in the list's owner's scope. */
    public void insertRows(List<PersonRow> rows, Owner owner) {
        template.batchUpdate("""
                INSERT INTO key_person_row (list_id, row_no, name, id_number, phone, origin, arrival_date, category, status, reason,
                reason_arg, person_id, district_id, street_id, community_id, grid_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1_000, (ps, r) -> {
                    ps.setLong(1, r.listId());
                    ps.setInt(2, r.rowNo());
                    ps.setString(3, r.name());
                    ps.setString(4, r.idNumber());
                    ps.setString(5, r.phone());
                    ps.setString(6, r.origin());
                    ps.setObject(7, r.arrivalDate() == null ? null : Date.valueOf(r.arrivalDate()), Types.DATE);
                    ps.setString(8, r.category());
                    ps.setString(9, r.status());
                    ps.setString(10, r.reason());
                    ps.setString(11, r.reasonArg());
                    ps.setObject(12, r.personId(), Types.BIGINT);
                    Long district = r.path() == null ? Long.valueOf(owner.districtId()) : Long.valueOf(r.path().districtId());
                    Long street = r.path() == null ? owner.streetId() : Long.valueOf(r.path().streetId());
                    ps.setObject(13, district, Types.BIGINT);
                    ps.setObject(14, street, Types.BIGINT);
                    ps.setObject(15, r.path() == null ? null : r.path().communityId(), Types.BIGINT);
                    ps.setObject(16, r.path() == null ? null : r.path().gridId(), Types.BIGINT);
                });
    }

    /** Which of a list's rows: all, one status (ACCEPTED, REJECTED), or the accepted ones in no grid yet (UNPLACED). */
    private static String filter(String status) {
        if (status == null) {
            return "";
        }
        return "UNPLACED".equals(status) ? " AND status = 'ACCEPTED' AND grid_id IS NULL" : " AND status = ?";
    }

    private static List<Object> rowParams(long listId, String status, List<ScopeNode> scope) {
        List<Object> params = new ArrayList<>(List.of(listId));
        if (status != null && !"UNPLACED".equals(status)) {
            params.add(status);
        }
        params.addAll(ScopeSql.params(scope));
        return params;
    }

    /** A list's rows inside a scope, in order. */
    public List<PersonRow> rows(long listId, String status, List<ScopeNode> scope, int limit, long offset) {
        List<Object> params = rowParams(listId, status, scope);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(ROW + "WHERE list_id = ?" + filter(status) + " AND " + ScopeSql.where(scope) + " ORDER BY row_no LIMIT ? OFFSET ?")
                .params(params).query(KeyPersonRepository::row).list();
    }

    public long countRows(long listId, String status, List<ScopeNode> scope) {
        return jdbc.sql("SELECT count(*) FROM key_person_row WHERE list_id = ?" + filter(status) + " AND " + ScopeSql.where(scope))
                .params(rowParams(listId, status, scope)).query(Long.class).single();
    }

    /** Where a row is kept: its verdict, its grid if it has one, else the district and street of the list's owner. */
    public record Keeping(String status, Long gridId, Owner owner) {
    }

    public Optional<Keeping> keeping(long rowId) {
        return jdbc.sql("SELECT status, grid_id, district_id, street_id FROM key_person_row WHERE id = ?").param(rowId)
                .query((rs, n) -> new Keeping(rs.getString(1), rs.getObject(2, Long.class),
                        new Owner(rs.getLong(3), rs.getObject(4, Long.class)))).optional();
    }

    /** Puts an unplaced row in a grid, where its worker verifies it; false if someone placed it first. */
    public boolean place(long rowId, NodePath path) {
        return jdbc.sql("""
                UPDATE key_person_row SET district_id = ?, street_id = ?, community_id = ?, grid_id = ?
                WHERE id = ? AND status = 'ACCEPTED' AND grid_id IS NULL""")
                .params(path.districtId(), path.streetId(), path.communityId(), path.gridId(), rowId).update() == 1;
    }

    /** The verifications waiting in these grids (a grid worker's), oldest list first; then the done ones. */
    public List<PersonRow> toVerify(List<Long> gridIds, int limit) {
        if (gridIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROW + "WHERE grid_id IN (:grids) ORDER BY CASE WHEN outcome IS NULL THEN 0 ELSE 1 END, list_id, row_no LIMIT :limit")
                .param("grids", gridIds).param("limit", limit).query(KeyPersonRepository::row).list();
    }

    public Optional<PersonRow> row(long id) {
        return jdbc.sql(ROW + "WHERE id = ?").param(id).query(KeyPersonRepository::row).optional();
    }

    public void recordOutcome(long rowId, String outcome, String by, Instant at) {
        jdbc.sql("UPDATE key_person_row SET outcome = ?, outcome_by = ?, outcome_at = ? WHERE id = ?")
                .params(outcome, by, Timestamp.from(at), rowId).update();
    }

    /** Per grid of a list: [grid id, people to verify, verified]. */
    public List<long[]> completionByGrid(long listId) {
        return jdbc.sql("""
                SELECT grid_id, count(*), sum(CASE WHEN outcome IS NULL THEN 0 ELSE 1 END) FROM key_person_row
                WHERE list_id = ? AND grid_id IS NOT NULL GROUP BY grid_id ORDER BY grid_id""")
                .param(listId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /** Listed people still in the district (accepted, not verified as gone), per origin, category and path. */
    public record Listed(String origin, String category, NodePath path, long people) {
    }

    public List<Listed> listedByOrigin() {
        return jdbc.sql("""
                SELECT origin, category, district_id, street_id, community_id, grid_id, count(DISTINCT id_number) FROM key_person_row
                WHERE status = 'ACCEPTED' AND (outcome IS NULL OR outcome NOT IN ('LEFT_DISTRICT', 'WRONG_NUMBER'))
                GROUP BY origin, category, district_id, street_id, community_id, grid_id""")
                .query((rs, n) -> {
                    long grid = rs.getLong(6);
                    NodePath path = rs.wasNull() ? null : new NodePath(rs.getLong(3), rs.getLong(4), rs.getLong(5), grid);
                    return new Listed(rs.getString(1), rs.getString(2), path, rs.getLong(7));
                }).list();
    }

    /** A list's verification: people to verify (matched to a grid) and verified. */
    public record Completion(long listId, String fileName, long toVerify, long verified) {
    }

    public List<Completion> completionByList() {
        return jdbc.sql("""
                SELECT r.list_id, l.file_name, count(*), sum(CASE WHEN r.outcome IS NULL THEN 0 ELSE 1 END)
                FROM key_person_row r JOIN key_person_list l ON l.id = r.list_id
                WHERE r.grid_id IS NOT NULL GROUP BY r.list_id, l.file_name ORDER BY r.list_id DESC""")
                .query((rs, n) -> new Completion(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    private static ListRow list(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp(12);
        return new ListRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), finished == null ? null : finished.toInstant());
    }

    private static PersonRow row(ResultSet rs, int n) throws SQLException {
        Date arrival = rs.getDate(8);
        long grid = rs.getLong(17);
        NodePath path = rs.wasNull() ? null : new NodePath(rs.getLong(14), rs.getLong(15), rs.getLong(16), grid);
        return new PersonRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), arrival == null ? null : arrival.toLocalDate(), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getObject(13, Long.class), path, rs.getString(18));
    }
}
