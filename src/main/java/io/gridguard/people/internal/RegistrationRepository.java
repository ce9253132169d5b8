package io.gridguard.people.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gridguard.people.IdType;
import io.gridguard.people.PendingRegistration;
import io.gridguard.people.RegistrationKind;
import io.gridguard.people.SelfRegistration;
import io.gridguard.shared.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RegistrationRepository {

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(SelfRegistration r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pending_registration (kind, community_id, name, id_type, id_number, phone, nationality, address,
                origin_region, arrival_date, landlord_name, landlord_phone, submitted_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(r.kind().name(), r.communityId(), r.name(), r.idType().name(), r.idNumber(), r.phone(),
                        r.nationality(), r.address(), r.originRegion(),
                        r.arrivalDate() == null ? null : Date.valueOf(r.arrivalDate()), r.landlordName(),
                        r.landlordPhone(), Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean pendingExists(long communityId, IdType type, String number) {
        return jdbc.sql("SELECT count(*) FROM pending_registration WHERE community_id = ? AND id_type = ? AND id_number = ? AND status = 'PENDING'")
                .params(communityId, type.name(), number).query(Long.class).single() > 0;
    }

    public Optional<SelfRegistration> findPending(long id) {
        return jdbc.sql("""
                SELECT kind, community_id, name, id_type, id_number, phone, nationality, address, origin_region,
                arrival_date, landlord_name, landlord_phone FROM pending_registration WHERE id = ? AND status = 'PENDING'""")
                .param(id)
                .query((rs, n) -> new SelfRegistration(RegistrationKind.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), IdType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                        rs.getString(11), rs.getString(12)))
                .optional();
    }

    public List<PendingRegistration> pending(List<Long> communities, int limit, long offset) {
        if (communities.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(communities);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                SELECT id, kind, community_id, name, id_type, id_number, phone, address, origin_region, arrival_date,
                landlord_name, landlord_phone, submitted_at, status, reason FROM pending_registration
                WHERE status = 'PENDING' AND community_id IN (""" + marks(communities) + ") ORDER BY id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> new PendingRegistration(rs.getLong(1), RegistrationKind.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getString(4), IdType.valueOf(rs.getString(5)), Masking.idNumber(rs.getString(6)),
                        Masking.phone(rs.getString(7)), rs.getString(8), rs.getString(9),
                        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), rs.getString(11),
                        Masking.phone(rs.getString(12)), rs.getTimestamp(13).toInstant(), rs.getString(14), rs.getString(15)))
                .list();
    }

    public long countPending(List<Long> communities) {
        if (communities.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM pending_registration WHERE status = 'PENDING' AND community_id IN ("
                + marks(communities) + ")").params(new ArrayList<Object>(communities)).query(Long.class).single();
    }

    public void decide(long id, String status, String by, String reason, Long personId) {
        jdbc.sql("UPDATE pending_registration SET status = ?, decided_by = ?, decided_at = ?, reason = ?, person_id = ? WHERE id = ?")
                .params(status, by, Timestamp.from(Instant.now()), reason, personId, id).update();
    }

    private static String marks(List<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(","));
    }
}
