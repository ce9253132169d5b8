package io.gridguard.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * One JDBC batch for many rows that answers their generated ids in order — so that large imports and the
 * demo district need no query afterwards to find what they inserted.
 */
public final class BatchInserts {

    private BatchInserts() {
    }

    public static <T> List<Long> insert(JdbcTemplate jdbc, String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> binder) {
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement(sql, new String[]{"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                binder.setValues(ps, rows.get(i));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        }, keys);
        List<Long> ids = new ArrayList<>(rows.size());
        keys.getKeyList().forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
        return ids;
    }
}
