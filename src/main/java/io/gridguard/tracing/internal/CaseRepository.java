package io.gridguard.tracing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gridguard.shared.NodePath;
import io.gridguard.tracing.CaseOutcome;
import io.gridguard.tracing.CaseSource;
import io.gridguard.tracing.Classification;
import io.gridguard.tracing.ContactKind;
import io.gridguard.tracing.ContactStatus;
import io.gridguard.tracing.ContactView.FoundBy;
import io.gridguard.tracing.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case as stored. */
    public record CaseRow(long id, long personId, NodePath path, Classification classification, LocalDate onsetDate,
                          LocalDate diagnosisDate, CaseSource source, String originRegion, CaseOutcome outcome,
                          String confirmedBy, Instant confirmedAt) {
    }

    /** A contact as stored. */
    public record ContactRow(long id, long caseId, long personId, ContactKind kind, ContactStatus status, FoundBy foundBy,
                             String relationship, Instant exposureAt, String exposurePlace, String evidence,
                             String destination, LocalDate followUpUntil) {
    }

    private static final String CASE = """
            SELECT id, person_id, district_id, street_id, community_id, grid_id, classification, onset_date, diagnosis_date,
            source, origin_region, outcome, confirmed_by, confirmed_at FROM tracing_case
            """;

    private static final String CONTACT = """
            SELECT id, case_id, person_id, kind, status, found_by, relationship, exposure_at, exposure_place, evidence,
            destination, follow_up_until FROM tracing_contact
            """;

    public long insertCase(long personId, NodePath path, Classification classification, LocalDate onset, LocalDate diagnosis,
                           CaseSource source, String originRegion, String by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO tracing_case (person_id, district_id, street_id, community_id, grid_id, classification, onset_date,
                diagnosis_date, source, origin_region, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, path.districtId(), path.streetId(), path.communityId(), path.gridId(), classification.name(),
                        onset == null ? null : Date.valueOf(onset), Date.valueOf(diagnosis), source.name(), originRegion, by,
                        Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<CaseRow> findCase(long id) {
        return jdbc.sql(CASE + "WHERE id = ?").param(id).query(CaseRepository::caseRow).optional();
    }

    public Optional<Long> caseOfPerson(long personId) {
        return jdbc.sql("SELECT id FROM tracing_case WHERE person_id = ?").param(personId).query(Long.class).optional();
    }

    /** Every case, newest first; a district has tens or hundreds, and scope is checked on each. */
    public List<CaseRow> cases() {
        return jdbc.sql(CASE + "ORDER BY id DESC").query(CaseRepository::caseRow).list();
    }

    public void setOutcome(long caseId, CaseOutcome outcome) {
        jdbc.sql("UPDATE tracing_case SET outcome = ? WHERE id = ?").params(outcome == null ? null : outcome.name(), caseId).update();
    }

    /** Adds a contact unless the person is already one of the case's; whether it was added. */
    public Optional<Long> insertContact(long caseId, long personId, ContactKind kind, ContactStatus status, FoundBy foundBy,
                                        String relationship, Instant exposureAt, String exposurePlace, String evidence,
                                        LocalDate followUpUntil, String by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        int added = jdbc.sql("""
                INSERT INTO tracing_contact (case_id, person_id, kind, status, found_by, relationship, exposure_at, exposure_place,
                evidence, follow_up_until, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(caseId, personId, kind.name(), status.name(), foundBy.name(), relationship,
                        exposureAt == null ? null : Timestamp.from(exposureAt), exposurePlace, evidence,
                        followUpUntil == null ? null : Date.valueOf(followUpUntil), by, Timestamp.from(at))
                .update(keys, "id");
        return added == 1 ? Optional.of(keys.getKey().longValue()) : Optional.empty();
    }

    public Optional<ContactRow> findContact(long id) {
        return jdbc.sql(CONTACT + "WHERE id = ?").param(id).query(CaseRepository::contactRow).optional();
    }

    /** Locks the contact's row: two tracers deciding at once are taken in turn. */
    public Optional<ContactRow> findContactForUpdate(long id) {
        return jdbc.sql(CONTACT + "WHERE id = ? FOR UPDATE").param(id).query(CaseRepository::contactRow).optional();
    }

    public List<ContactRow> contactsOf(long caseId) {
        return jdbc.sql(CONTACT + "WHERE case_id = ? ORDER BY id").param(caseId).query(CaseRepository::contactRow).list();
    }

    public List<Long> personsOfCase(long caseId) {
        return jdbc.sql("SELECT person_id FROM tracing_contact WHERE case_id = ?").param(caseId).query(Long.class).list();
    }

    public void decide(long contactId, ContactStatus status, String destination, LocalDate followUpUntil, String by, Instant at) {
        jdbc.sql("""
                UPDATE tracing_contact SET status = ?, destination = ?, follow_up_until = coalesce(?, follow_up_until),
                decided_by = ?, decided_at = ? WHERE id = ?""")
                .params(status.name(), destination, followUpUntil == null ? null : Date.valueOf(followUpUntil), by,
                        Timestamp.from(at), contactId)
                .update();
    }

    /** Whether the person is still a contact of this kind and status of another case (then their fact stays). */
    public boolean elsewhere(long personId, long contactId, ContactKind kind, ContactStatus status) {
        return jdbc.sql("SELECT count(*) FROM tracing_contact WHERE person_id = ? AND id <> ? AND kind = ? AND status = ?")
                .params(personId, contactId, kind.name(), status.name()).query(Long.class).single() > 0;
    }

    /** One case's contacts by status. */
    public Map<ContactStatus, Long> countsOf(long caseId) {
        Map<ContactStatus, Long> counts = new EnumMap<>(ContactStatus.class);
        jdbc.sql("SELECT status, count(*) FROM tracing_contact WHERE case_id = ? GROUP BY status").param(caseId)
                .query((ResultSet rs) -> {
                    counts.put(ContactStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Contacts by status, per case. */
    public Map<Long, Map<ContactStatus, Long>> countsByCase() {
        Map<Long, Map<ContactStatus, Long>> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT case_id, status, count(*) FROM tracing_contact GROUP BY case_id, status")
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(ContactStatus.class))
                            .put(ContactStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    public void log(long caseId, Instant at, String what, String detail, String by) {
        jdbc.sql("INSERT INTO tracing_timeline (case_id, at, what, detail, done_by) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, Timestamp.from(at), what, detail, by).update();
    }

    public List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("SELECT at, what, detail, done_by FROM tracing_timeline WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        Date onset = rs.getDate(8);
        String outcome = rs.getString(12);
        return new CaseRow(rs.getLong(1), rs.getLong(2), new NodePath(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                Classification.valueOf(rs.getString(7)), onset == null ? null : onset.toLocalDate(), rs.getDate(9).toLocalDate(),
                CaseSource.valueOf(rs.getString(10)), rs.getString(11), outcome == null ? null : CaseOutcome.valueOf(outcome),
                rs.getString(13), rs.getTimestamp(14).toInstant());
    }

    private static ContactRow contactRow(ResultSet rs, int n) throws SQLException {
        Timestamp exposure = rs.getTimestamp(8);
        Date until = rs.getDate(12);
        return new ContactRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), ContactKind.valueOf(rs.getString(4)),
                ContactStatus.valueOf(rs.getString(5)), FoundBy.valueOf(rs.getString(6)), rs.getString(7),
                exposure == null ? null : exposure.toInstant(), rs.getString(9), rs.getString(10), rs.getString(11),
                until == null ? null : until.toLocalDate());
    }
}
