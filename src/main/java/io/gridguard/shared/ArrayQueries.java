package io.gridguard.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A query whose one parameter is an array of values ({@code … = ANY (?)}): one statement, and so one plan, whatever
 * the number of values — unlike an {@code IN} list of that many parameters. Works on PostgreSQL and H2.
 */
public final class ArrayQueries {

    private ArrayQueries() {
    }

    /** The rows of {@code sql} with these values (of that SQL type, e.g. BIGINT) as its array; none for no values. */
    public static <T> List<T> query(JdbcTemplate jdbc, String sql, String sqlType, Collection<?> values, RowMapper<T> mapper) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            var statement = con.prepareStatement(sql);
            statement.setArray(1, con.createArrayOf(sqlType, values.toArray()));
            return statement;
        }, mapper);
    }
}
