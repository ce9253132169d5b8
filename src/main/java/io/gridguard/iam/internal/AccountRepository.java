package io.gridguard.iam.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    public record Account(long id, String username, String passwordHash, String displayName, Role role,
                          Long departmentId, Long placeId, boolean enabled, List<ScopeNode> nodes) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String hash, String displayName, Role role, Long departmentId, Long placeId,
                       List<ScopeNode> nodes) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO staff_account (username, password_hash, display_name, role, department_id, place_id, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(username, hash, displayName, role.name(), departmentId, placeId, Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (ScopeNode node : nodes) {
            jdbc.sql("INSERT INTO staff_scope (account_id, node_id, node_level) VALUES (?, ?, ?)")
                    .params(id, node.id(), node.level().name()).update();
        }
        return id;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, display_name, role, department_id, place_id, enabled
                FROM staff_account WHERE username = ?""").param(username)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Role.valueOf(rs.getString(5)), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                        rs.getBoolean(8), List.of()))
                .optional()
                .map(a -> new Account(a.id(), a.username(), a.passwordHash(), a.displayName(), a.role(), a.departmentId(),
                        a.placeId(), a.enabled(), scope(a.id())));
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_account WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    private List<ScopeNode> scope(long accountId) {
        return jdbc.sql("SELECT node_level, node_id FROM staff_scope WHERE account_id = ? ORDER BY node_id").param(accountId)
                .query((rs, n) -> new ScopeNode(NodeLevel.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }
}
