package io.gridguard.healthcode.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gridguard.healthcode.RiskArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RiskAreaRepository {

    private static final String SELECT = "SELECT id, region_code, name, risk_level, valid_from, valid_to FROM risk_area";

    private final JdbcClient jdbc;

    RiskAreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RiskArea> all() {
        return jdbc.sql(SELECT + " ORDER BY valid_to IS NULL DESC, valid_from DESC, id DESC").query((rs, n) -> new RiskArea(rs.getLong(1),
                rs.getString(2), rs.getString(3), RiskArea.Level.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
                rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate())).list();
    }

    public List<RiskArea> ofRegion(String regionCode) {
        return all().stream().filter(a -> a.regionCode().equals(regionCode)).toList();
    }

    public long insert(String regionCode, String name, RiskArea.Level level, LocalDate from, LocalDate to, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO risk_area (region_code, name, risk_level, valid_from, valid_to, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(regionCode, name, level.name(), Date.valueOf(from), to == null ? null : Date.valueOf(to), by, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public int end(long id, LocalDate on) {
        return jdbc.sql("UPDATE risk_area SET valid_to = ? WHERE id = ?").params(Date.valueOf(on), id).update();
    }

    public void declare(long personId, String regionCode, LocalDate arrivedOn, Long areaId, String by) {
        jdbc.sql("INSERT INTO arrival_declaration (person_id, region_code, arrived_on, risk_area_id, declared_by, declared_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(personId, regionCode, Date.valueOf(arrivedOn), areaId, by, Timestamp.from(Instant.now())).update();
    }
}
