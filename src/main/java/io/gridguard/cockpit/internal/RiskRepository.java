package io.gridguard.cockpit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gridguard.cockpit.RiskChange;
import io.gridguard.cockpit.RiskPlace;
import io.gridguard.cockpit.RiskReason;
import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.RiskIndicator;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class RiskRepository {

    private static final TypeReference<Map<RiskIndicator, Long>> INDICATORS = new TypeReference<>() { };
    private static final TypeReference<List<RiskReason>> REASONS = new TypeReference<>() { };
    private static final String COLUMNS = """
            place_id, kind, name, district_id, street_id, community_id, grid_id, geometry, colour, indicators, reasons, score,
            colour_since, evaluated_at, policy_version""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    RiskRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Each evaluated place's colour now. */
    public Map<Long, Colour> colours() {
        Map<Long, Colour> colours = new HashMap<>();
        jdbc.sql("SELECT place_id, colour FROM cockpit_risk_place").query((ResultSet rs) -> {
            colours.put(rs.getLong(1), Colour.valueOf(rs.getString(2)));
        });
        return colours;
    }

    /** A place evaluated for the first time; false when another instance did it first. */
    public boolean insert(RiskPlace p) {
        return jdbc.sql("INSERT INTO cockpit_risk_place (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(p.placeId(), p.kind(), p.name(), p.path().districtId(), p.path().streetId(), p.path().communityId(),
                        p.path().gridId(), p.geometry(), p.colour().name(), json.writeValueAsString(p.indicators()),
                        json.writeValueAsString(p.reasons()), p.score(), Timestamp.from(p.since()), Timestamp.from(p.evaluatedAt()),
                        p.policyVersion()).update() == 1;
    }

    /** The place's new colour, if it still has the one it was read with (two instances evaluating record a change once). */
    public boolean changeColour(RiskPlace p, Colour expected) {
        return jdbc.sql("""
                UPDATE cockpit_risk_place SET colour = ?, colour_since = ?, indicators = ?, reasons = ?, score = ?, evaluated_at = ?,
                    policy_version = ? WHERE place_id = ? AND colour = ?""")
                .params(p.colour().name(), Timestamp.from(p.since()), json.writeValueAsString(p.indicators()),
                        json.writeValueAsString(p.reasons()), p.score(), Timestamp.from(p.evaluatedAt()), p.policyVersion(), p.placeId(),
                        expected.name()).update() == 1;
    }

    /** Places whose colour stays: their indicators, name, outline and path as evaluated now. */
    public void refresh(List<RiskPlace> places) {
        batch.batchUpdate("""
                UPDATE cockpit_risk_place SET kind = ?, name = ?, district_id = ?, street_id = ?, community_id = ?, grid_id = ?, geometry = ?,
                    indicators = ?, reasons = ?, score = ?, evaluated_at = ?, policy_version = ? WHERE place_id = ? AND colour = ?""",
                places, 500, (ps, p) -> {
                    ps.setString(1, p.kind());
                    ps.setString(2, p.name());
                    ps.setLong(3, p.path().districtId());
                    ps.setLong(4, p.path().streetId());
                    ps.setLong(5, p.path().communityId());
                    ps.setLong(6, p.path().gridId());
                    ps.setString(7, p.geometry());
                    ps.setString(8, json.writeValueAsString(p.indicators()));
                    ps.setString(9, json.writeValueAsString(p.reasons()));
                    ps.setDouble(10, p.score());
                    ps.setTimestamp(11, Timestamp.from(p.evaluatedAt()));
                    ps.setInt(12, p.policyVersion());
                    ps.setLong(13, p.placeId());
                    ps.setString(14, p.colour().name());
                });
    }

    /** When the map was last evaluated (null before the first evaluation). */
    public java.time.Instant lastEvaluated() {
        return jdbc.sql("SELECT max(evaluated_at) FROM cockpit_risk_place").query((rs, n) -> rs.getTimestamp(1) == null ? null
                : rs.getTimestamp(1).toInstant()).single();
    }

    public void remove(long placeId) {
        jdbc.sql("DELETE FROM cockpit_risk_place WHERE place_id = ?").param(placeId).update();
    }

    public void addChange(long placeId, RiskChange change) {
        jdbc.sql("""
                INSERT INTO cockpit_risk_change (place_id, from_colour, to_colour, indicators, reasons, policy_version, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(placeId, change.from() == null ? null : change.from().name(), change.to().name(),
                        json.writeValueAsString(change.indicators()), json.writeValueAsString(change.reasons()), change.policyVersion(),
                        Timestamp.from(change.at())).update();
    }

    /** The places under these nodes, those needing attention first. */
    public List<RiskPlace> find(List<ScopeNode> scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cockpit_risk_place WHERE " + ScopeSql.where(scope) + " ORDER BY score DESC, place_id")
                .params(ScopeSql.params(scope)).query(this::place).list();
    }

    public Optional<RiskPlace> find(long placeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cockpit_risk_place WHERE place_id = ?").param(placeId).query(this::place).optional();
    }

    /** A place's colour changes, the latest first. */
    public List<RiskChange> history(long placeId) {
        return jdbc.sql("""
                SELECT from_colour, to_colour, indicators, reasons, policy_version, changed_at FROM cockpit_risk_change
                WHERE place_id = ? ORDER BY id DESC LIMIT 200""").param(placeId)
                .query((rs, n) -> new RiskChange(rs.getString(1) == null ? null : Colour.valueOf(rs.getString(1)),
                        Colour.valueOf(rs.getString(2)), json.readValue(rs.getString(3), INDICATORS), json.readValue(rs.getString(4), REASONS),
                        rs.getInt(5), rs.getTimestamp(6).toInstant())).list();
    }

    private RiskPlace place(ResultSet rs, int n) throws SQLException {
        return new RiskPlace(rs.getLong(1), rs.getString(2), rs.getString(3),
                new NodePath(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), rs.getString(8), Colour.valueOf(rs.getString(9)),
                json.readValue(rs.getString(10), INDICATORS), json.readValue(rs.getString(11), REASONS), rs.getDouble(12),
                rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant(), rs.getInt(15));
    }
}
