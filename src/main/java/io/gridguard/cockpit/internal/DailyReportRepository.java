package io.gridguard.cockpit.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DailyReportRepository {

    private final JdbcClient jdbc;

    DailyReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String scopeKey, LocalDate date) {
        return jdbc.sql("SELECT body FROM cockpit_daily_report WHERE scope_key = ? AND report_date = ?").params(scopeKey, Date.valueOf(date))
                .query(String.class).optional();
    }

    public void save(String scopeKey, LocalDate date, String body, String by, Instant at) {
        int updated = jdbc.sql("UPDATE cockpit_daily_report SET body = ?, compiled_by = ?, compiled_at = ? WHERE scope_key = ? AND report_date = ?")
                .params(body, by, Timestamp.from(at), scopeKey, Date.valueOf(date)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO cockpit_daily_report (scope_key, report_date, body, compiled_by, compiled_at) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(scopeKey, Date.valueOf(date), body, by, Timestamp.from(at)).update();
        }
    }
}
