package io.gridguard.testing.internal;

import java.sql.Date;
import java.util.ArrayList;
import io.gridguard.shared.ScopeSql;
import io.gridguard.shared.ScopeNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gridguard.people.PersonTag;
import io.gridguard.shared.NodePath;
import io.gridguard.testing.Campaign;
import io.gridguard.testing.Risk;
import io.gridguard.testing.TestPoint;
import io.gridguard.testing.TestResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class TestingRepository {

    private final JdbcClient jdbc;

    TestingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Tube(long id, String barcode, long campaignId, long pointId, Risk risk, int capacity, int samples,
                       TestResult result) {
    }

    public long insertCampaign(String name, long nodeId, Long placeId, PersonTag tag, LocalDate due, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO test_campaign (name, node_id, place_id, tag, due_date, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(name, nodeId, placeId, tag == null ? null : tag.name(), Date.valueOf(due), by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String CAMPAIGN = "SELECT id, name, node_id, place_id, tag, due_date FROM test_campaign ";

    private static Campaign campaign(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String tag = rs.getString(5);
        return new Campaign(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, Long.class),
                tag == null ? null : PersonTag.valueOf(tag), rs.getDate(6).toLocalDate());
    }

    public long insertPoint(String name, TestPoint.Kind kind, long nodeId, String opens, String closes, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO test_point (name, kind, node_id, opens, closes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(name, kind.name(), nodeId, opens, closes, by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Campaign> campaign(long id) {
        return jdbc.sql(CAMPAIGN + "WHERE id = ?").param(id).query(TestingRepository::campaign).optional();
    }

    public List<Campaign> campaigns() {
        return jdbc.sql(CAMPAIGN + "ORDER BY id DESC").query(TestingRepository::campaign).list();
    }

    public Optional<TestPoint> point(long id) {
        return jdbc.sql("SELECT id, name, kind, node_id, opens, closes FROM test_point WHERE id = ?").param(id)
                .query((rs, n) -> new TestPoint(rs.getLong(1), rs.getString(2), TestPoint.Kind.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getString(5), rs.getString(6))).optional();
    }

    public List<TestPoint> points() {
        return jdbc.sql("SELECT id, name, kind, node_id, opens, closes FROM test_point ORDER BY id")
                .query((rs, n) -> new TestPoint(rs.getLong(1), rs.getString(2), TestPoint.Kind.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getString(5), rs.getString(6))).list();
    }

    private static final String TUBE = "SELECT id, barcode, campaign_id, point_id, risk, capacity, samples, result FROM test_tube ";

    /** The tube with its row locked: samples going into one tube at once are counted in turn. */
    public Optional<Tube> tubeForUpdate(String barcode) {
        return jdbc.sql(TUBE + "WHERE barcode = ? FOR UPDATE").param(barcode).query((rs, n) -> tube(rs)).optional();
    }

    public Optional<Tube> tube(String barcode) {
        return jdbc.sql(TUBE + "WHERE barcode = ?").param(barcode).query((rs, n) -> tube(rs)).optional();
    }

    private static Tube tube(java.sql.ResultSet rs) throws java.sql.SQLException {
        String result = rs.getString(8);
        return new Tube(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), Risk.valueOf(rs.getString(5)), rs.getInt(6),
                rs.getInt(7), result == null ? null : TestResult.valueOf(result));
    }

    /** Opens a tube unless another sampler opened one with this barcode at the same moment; the tube either way. */
    public Tube openTube(String barcode, long campaignId, long pointId, Risk risk, int capacity, Instant at) {
        jdbc.sql("""
                INSERT INTO test_tube (barcode, campaign_id, point_id, risk, capacity, opened_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(barcode, campaignId, pointId, risk.name(), capacity, Timestamp.from(at)).update();
        return tubeForUpdate(barcode).orElseThrow();
    }

    public boolean sampled(long campaignId, long personId) {
        return jdbc.sql("SELECT count(*) FROM test_sample WHERE campaign_id = ? AND person_id = ?").params(campaignId, personId)
                .query(Long.class).single() > 0;
    }

    public long insertSample(Tube tube, long personId, NodePath path, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO test_sample (tube_id, campaign_id, point_id, person_id, district_id, street_id, community_id, grid_id,
                taken_by, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tube.id(), tube.campaignId(), tube.pointId(), personId, path.districtId(), path.streetId(), path.communityId(),
                        path.gridId(), by, Timestamp.from(at))
                .update(keys, "id");
        jdbc.sql("UPDATE test_tube SET samples = samples + 1 WHERE id = ?").param(tube.id()).update();
        return keys.getKey().longValue();
    }

    public record Member(long personId, NodePath path) {
    }

    public List<Member> members(long tubeId) {
        return jdbc.sql("SELECT person_id, district_id, street_id, community_id, grid_id FROM test_sample WHERE tube_id = ?")
                .param(tubeId)
                .query((rs, n) -> new Member(rs.getLong(1), new NodePath(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list();
    }

    public void setResult(long tubeId, TestResult result, String by, Instant at) {
        jdbc.sql("UPDATE test_tube SET result = ?, resulted_by = ?, resulted_at = ? WHERE id = ?")
                .params(result.name(), by, Timestamp.from(at), tubeId).update();
    }

    public void recall(long personId, long tubeId, NodePath path, Instant at) {
        jdbc.sql("""
                INSERT INTO test_recall (person_id, tube_id, district_id, street_id, community_id, grid_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, tubeId, path.districtId(), path.streetId(), path.communityId(), path.gridId(), Timestamp.from(at))
                .update();
    }

    public boolean recalled(long personId) {
        return jdbc.sql("SELECT count(*) FROM test_recall WHERE person_id = ? AND done_at IS NULL").param(personId)
                .query(Long.class).single() > 0;
    }

    public int recallsDone(long personId, Instant at) {
        return jdbc.sql("UPDATE test_recall SET done_at = ? WHERE person_id = ? AND done_at IS NULL")
                .params(Timestamp.from(at), personId).update();
    }

    public record Recall(long id, long personId, NodePath path, String tube, Instant createdAt) {
    }

    public List<Recall> openRecalls() {
        return jdbc.sql("""
                SELECT r.id, r.person_id, r.district_id, r.street_id, r.community_id, r.grid_id, t.barcode, r.created_at
                FROM test_recall r JOIN test_tube t ON t.id = r.tube_id WHERE r.done_at IS NULL ORDER BY r.id""")
                .query((rs, n) -> new Recall(rs.getLong(1), rs.getLong(2), new NodePath(rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)), rs.getString(7), rs.getTimestamp(8).toInstant())).list();
    }

    /** Distinct people sampled in a campaign, per grid: [grid id, people]. */
    public List<long[]> testedByGrid(long campaignId) {
        return jdbc.sql("SELECT grid_id, count(DISTINCT person_id) FROM test_sample WHERE campaign_id = ? GROUP BY grid_id")
                .param(campaignId).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    /** The people sampled in a campaign. */
    public java.util.Set<Long> testedPeople(long campaignId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM test_sample WHERE campaign_id = ?").param(campaignId)
                .query(Long.class).list());
    }

    /** When a point took its samples in [from, to). */
    public List<Instant> sampleTimes(long pointId, Instant from, Instant to) {
        return jdbc.sql("SELECT taken_at FROM test_sample WHERE point_id = ? AND taken_at >= ? AND taken_at < ?")
                .params(pointId, Timestamp.from(from), Timestamp.from(to)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    /** How many people under these nodes gave a sample since {@code from} (each once). */
    public long sampledSince(List<ScopeNode> scope, Instant from) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(Timestamp.from(from));
        return jdbc.sql("SELECT count(DISTINCT person_id) FROM test_sample WHERE " + ScopeSql.where(scope)
                + " AND taken_at >= ?").params(params).query(Long.class).single();
    }
}
