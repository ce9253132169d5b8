package io.gridguard.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pairs of active records with the same name and phone, which may be one person registered twice. */
@Repository
public class MergeRepository {

    private static final String PAIRS = """
            FROM person a JOIN person b ON a.name = b.name AND a.phone = b.phone AND a.id < b.id
            WHERE a.status = 'ACTIVE' AND b.status = 'ACTIVE' AND %s
            AND NOT EXISTS (SELECT 1 FROM merge_dismissal d WHERE d.person_a = a.id AND d.person_b = b.id)""";

    private final JdbcClient jdbc;

    MergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<long[]> pairs(List<ScopeNode> scope, int limit, long offset) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT a.id, b.id " + PAIRS.formatted(scopeOnA(scope)) + " ORDER BY a.id, b.id LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    public long count(List<ScopeNode> scope) {
        return jdbc.sql("SELECT count(*) " + PAIRS.formatted(scopeOnA(scope))).params(ScopeSql.params(scope))
                .query(Long.class).single();
    }

    public void dismiss(long a, long b, String by) {
        jdbc.sql("INSERT INTO merge_dismissal (person_a, person_b, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?)")
                .params(Math.min(a, b), Math.max(a, b), by, Timestamp.from(Instant.now())).update();
    }

    public void moveTags(long from, long to) {
        jdbc.sql("""
                INSERT INTO person_tag (person_id, tag) SELECT ?, tag FROM person_tag t
                WHERE t.person_id = ? AND NOT EXISTS (SELECT 1 FROM person_tag o WHERE o.person_id = ? AND o.tag = t.tag)""")
                .params(to, from, to).update();
    }

    private static String scopeOnA(List<ScopeNode> scope) {
        return ScopeSql.where(scope).replace("district_id", "a.district_id").replace("street_id", "a.street_id")
                .replace("community_id", "a.community_id").replace("grid_id", "a.grid_id");
    }
}
