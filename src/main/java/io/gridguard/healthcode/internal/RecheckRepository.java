package io.gridguard.healthcode.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.RecheckStatus;
import io.gridguard.healthcode.RecheckView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RecheckRepository {

    private static final String SELECT = """
            SELECT id, person_id, colour, reasons, statement, status, submitted_at, decided_by, decided_at, decision_reason,
            community_id FROM recheck_request""";

    private final JdbcClient jdbc;

    RecheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long personId, long communityId, Colour colour, List<FactKind> reasons, String statement,
                       List<RecheckView.Stop> itinerary, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO recheck_request (person_id, community_id, colour, reasons, statement, status, submitted_by, submitted_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(personId, communityId, colour.name(), reasons.stream().map(Enum::name).collect(Collectors.joining(",")),
                        statement, by, Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < itinerary.size(); i++) {
            var stop = itinerary.get(i);
            jdbc.sql("INSERT INTO recheck_itinerary (request_id, seq, place, date_from, date_to) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, stop.place(), Date.valueOf(stop.from()), Date.valueOf(stop.to())).update();
        }
        return id;
    }

    public boolean hasPending(long personId) {
        return jdbc.sql("SELECT count(*) FROM recheck_request WHERE person_id = ? AND status = 'PENDING'").param(personId)
                .query(Long.class).single() > 0;
    }

    public record Row(RecheckView view, long communityId) {
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id)
                .query((rs, n) -> new Row(map(rs, n), rs.getLong(11))).optional().map(r -> new Row(withStops(r.view()), r.communityId()));
    }

    public List<RecheckView> pending(List<Long> communities, int limit, long offset) {
        if (communities.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(communities);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + " WHERE status = 'PENDING' AND community_id IN (" + marks(communities) + ") ORDER BY id LIMIT ? OFFSET ?")
                .params(params).query(RecheckRepository::map).list().stream().map(this::withStops).toList();
    }

    public long countPending(List<Long> communities) {
        if (communities.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM recheck_request WHERE status = 'PENDING' AND community_id IN (" + marks(communities) + ")")
                .params(new ArrayList<Object>(communities)).query(Long.class).single();
    }

    public List<RecheckView> ofPerson(long personId) {
        return jdbc.sql(SELECT + " WHERE person_id = ? ORDER BY id DESC").param(personId).query(RecheckRepository::map).list()
                .stream().map(this::withStops).toList();
    }

    /** Decided requests of these communities: how long each waited, for the clerk's figure. */
    public List<Duration> decisionTimes(List<Long> communities) {
        if (communities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT submitted_at, decided_at FROM recheck_request WHERE decided_at IS NOT NULL AND community_id IN ("
                        + marks(communities) + ") ORDER BY id DESC LIMIT 1000")
                .params(new ArrayList<Object>(communities))
                .query((rs, n) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())).list();
    }

    public int decide(long id, RecheckStatus status, String by, String reason) {
        return jdbc.sql("UPDATE recheck_request SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ? AND status = 'PENDING'")
                .params(status.name(), by, Timestamp.from(Instant.now()), reason, id).update();
    }

    private RecheckView withStops(RecheckView v) {
        List<RecheckView.Stop> stops = jdbc.sql("SELECT place, date_from, date_to FROM recheck_itinerary WHERE request_id = ? ORDER BY seq")
                .param(v.id()).query((rs, n) -> new RecheckView.Stop(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()))
                .list();
        return new RecheckView(v.id(), v.personId(), v.maskedName(), v.colour(), v.reasons(), v.statement(), stops, v.status(),
                v.submittedAt(), v.decidedBy(), v.decidedAt(), v.decisionReason());
    }

    private static RecheckView map(ResultSet rs, int n) throws SQLException {
        String reasons = rs.getString(4);
        Timestamp decided = rs.getTimestamp(9);
        return new RecheckView(rs.getLong(1), rs.getLong(2), null, Colour.valueOf(rs.getString(3)),
                reasons.isEmpty() ? List.of() : Arrays.stream(reasons.split(",")).map(FactKind::valueOf).toList(),
                rs.getString(5), List.of(), RecheckStatus.valueOf(rs.getString(6)),
                rs.getTimestamp(7).toInstant(), rs.getString(8), decided == null ? null : decided.toInstant(),
                rs.getString(10));
    }

    private static String marks(List<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(","));
    }
}
