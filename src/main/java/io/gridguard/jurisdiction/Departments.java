package io.gridguard.jurisdiction;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The departments events are dispatched to; every staff member may see the list. */
@Service
public class Departments {

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DepartmentView> all() {
        return jdbc.sql("SELECT id, code, name FROM department ORDER BY id")
                .query((rs, n) -> new DepartmentView(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<DepartmentView> find(long id) {
        return jdbc.sql("SELECT id, code, name FROM department WHERE id = ?").param(id)
                .query((rs, n) -> new DepartmentView(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public long add(String code, String name) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO department (code, name) VALUES (?, ?)").params(code, name).update(keys, "id");
        return keys.getKey().longValue();
    }
}
