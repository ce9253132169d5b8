package io.gridguard.checkpoint.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Gate rules, household passes and their uses, and enterprise sites' rosters. */
@Repository
public class PassRepository {

    private final JdbcClient jdbc;

    PassRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Rule(long checkpointId, Integer householdExits, Integer everyDays, Long rosterSiteId) {
    }

    public Optional<Rule> rule(long checkpointId) {
        return jdbc.sql("SELECT checkpoint_id, household_exits, every_days, roster_site_id FROM gate_rule WHERE checkpoint_id = ?")
                .param(checkpointId)
                .query((rs, n) -> new Rule(rs.getLong(1), rs.getObject(2, Integer.class), rs.getObject(3, Integer.class),
                        rs.getObject(4, Long.class)))
                .optional();
    }

    public void saveRule(Rule rule, String by, Instant at) {
        int updated = jdbc.sql("UPDATE gate_rule SET household_exits = ?, every_days = ?, roster_site_id = ?, set_by = ?, set_at = ? WHERE checkpoint_id = ?")
                .params(rule.householdExits(), rule.everyDays(), rule.rosterSiteId(), by, Timestamp.from(at), rule.checkpointId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO gate_rule (checkpoint_id, household_exits, every_days, roster_site_id, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(rule.checkpointId(), rule.householdExits(), rule.everyDays(), rule.rosterSiteId(), by, Timestamp.from(at)).update();
        }
    }

    public record Pass(long id, long householdId, long holderId, LocalDate validFrom, LocalDate validTo, String issuedBy,
                       Instant issuedAt, Instant revokedAt) {
    }

    private static final String PASS = "SELECT id, household_id, holder_id, valid_from, valid_to, issued_by, issued_at, revoked_at FROM household_pass ";

    public long issue(long householdId, long holderId, LocalDate from, LocalDate to, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO household_pass (household_id, holder_id, valid_from, valid_to, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(householdId, holderId, Date.valueOf(from), Date.valueOf(to), by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Pass> pass(long id) {
        return jdbc.sql(PASS + "WHERE id = ?").param(id).query(PassRepository::pass).optional();
    }

    /** The holder's pass valid on that day, if any. */
    public Optional<Pass> validFor(long holderId, LocalDate day) {
        return jdbc.sql(PASS + "WHERE holder_id = ? AND revoked_at IS NULL AND valid_from <= ? AND valid_to >= ? ORDER BY id DESC LIMIT 1")
                .params(holderId, Date.valueOf(day), Date.valueOf(day)).query(PassRepository::pass).optional();
    }

    public List<Pass> ofHousehold(long householdId) {
        return jdbc.sql(PASS + "WHERE household_id = ? ORDER BY id DESC LIMIT 50").param(householdId).query(PassRepository::pass).list();
    }

    public int revoke(long id, Instant at) {
        return jdbc.sql("UPDATE household_pass SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").params(Timestamp.from(at), id).update();
    }

    public long usesSince(long householdId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM pass_use WHERE household_id = ? AND used_at >= ?")
                .params(householdId, Timestamp.from(since)).query(Long.class).single();
    }

    public void use(Pass pass, long scanId, Instant at) {
        jdbc.sql("INSERT INTO pass_use (pass_id, household_id, scan_id, used_at) VALUES (?, ?, ?, ?)")
                .params(pass.id(), pass.householdId(), scanId, Timestamp.from(at)).update();
    }

    public boolean onRoster(long siteId, long personId) {
        return jdbc.sql("SELECT count(*) FROM site_roster WHERE site_id = ? AND person_id = ?").params(siteId, personId)
                .query(Long.class).single() > 0;
    }

    public boolean addToRoster(long siteId, long personId, String by, Instant at) {
        return jdbc.sql("INSERT INTO site_roster (site_id, person_id, added_by, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(siteId, personId, by, Timestamp.from(at)).update() == 1;
    }

    public int removeFromRoster(long siteId, long personId) {
        return jdbc.sql("DELETE FROM site_roster WHERE site_id = ? AND person_id = ?").params(siteId, personId).update();
    }

    public record RosterEntry(long personId, String addedBy, Instant addedAt) {
    }

    public List<RosterEntry> roster(long siteId, int limit, long offset) {
        return jdbc.sql("SELECT person_id, added_by, added_at FROM site_roster WHERE site_id = ? ORDER BY added_at DESC, person_id LIMIT ? OFFSET ?")
                .params(siteId, limit, offset)
                .query((rs, n) -> new RosterEntry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    public long rosterSize(long siteId) {
        return jdbc.sql("SELECT count(*) FROM site_roster WHERE site_id = ?").param(siteId).query(Long.class).single();
    }

    private static Pass pass(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp(8);
        return new Pass(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(),
                rs.getString(6), rs.getTimestamp(7).toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
