package io.gridguard.shared.internal;

import java.time.Instant;
import java.util.List;

import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String action, String targetType, Object targetId, String detail) {
        var caller = Callers.current();
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, actor_role, action, target_type, target_id, detail, remote_address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(java.sql.Timestamp.from(Instant.now()),
                        caller.map(c -> c.username()).orElse("anonymous"),
                        caller.map(c -> c.role().name()).orElse("NONE"),
                        action, targetType, targetId == null ? null : targetId.toString(),
                        detail == null ? null : abbreviate(detail), remoteAddress())
                .update();
    }

    @Override
    public PageOf<Entry> entries(String actorOrTarget, PageRequest page) {
        boolean filtered = actorOrTarget != null && !actorOrTarget.isBlank();
        String where = filtered ? " WHERE actor = :q OR target_id = :q" : "";
        String q = filtered ? actorOrTarget.strip() : "";
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).param("q", q).query(Long.class).single();
        List<Entry> items = jdbc.sql("""
                        SELECT id, occurred_at, actor, actor_role, action, target_type, target_id, detail, remote_address
                        FROM audit_entry""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("q", q).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    private static String abbreviate(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
