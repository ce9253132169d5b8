package io.gridguard.devices.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gridguard.devices.DeviceKind;
import io.gridguard.devices.PlaceTemperature;
import io.gridguard.devices.ReadingType;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DeviceRepository {

    private final JdbcClient jdbc;

    DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record DeviceRow(long id, String code, DeviceKind kind, String name, long placeId, NodePath path, String keyHash,
                            int heartbeatSeconds, Instant lastSeenAt, boolean silent) {
    }

    public record ReadingRow(long id, ReadingType type, String value, Instant at, String snapshot, String channel, Instant receivedAt) {
    }

    public record Rejected(long id, String channel, String topic, String payload, String reason, Instant receivedAt) {
    }

    private static final String DEVICE = """
            SELECT id, code, kind, name, place_id, district_id, street_id, community_id, grid_id, key_hash, heartbeat_seconds,
            last_seen_at, silent FROM device
            """;

    public long insert(String code, DeviceKind kind, String name, long placeId, NodePath path, String keyHash, int heartbeatSeconds,
                       String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO device (code, kind, name, place_id, district_id, street_id, community_id, grid_id, key_hash,
                heartbeat_seconds, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, kind.name(), name, placeId, path.districtId(), path.streetId(), path.communityId(), path.gridId(), keyHash,
                        heartbeatSeconds, by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<DeviceRow> find(long id) {
        return jdbc.sql(DEVICE + "WHERE id = ?").param(id).query(DeviceRepository::device).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM device WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    public List<DeviceRow> inScope(List<ScopeNode> scope, int limit, long offset) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        params.add(limit);
        params.add(offset);
        return jdbc.sql(DEVICE + "WHERE " + ScopeSql.where(scope) + " ORDER BY id LIMIT ? OFFSET ?").params(params)
                .query(DeviceRepository::device).list();
    }

    public long countInScope(List<ScopeNode> scope) {
        return jdbc.sql("SELECT count(*) FROM device WHERE " + ScopeSql.where(scope)).params(ScopeSql.params(scope)).query(Long.class).single();
    }

    public long insertReading(long deviceId, ReadingType type, String value, Instant at, String snapshot, String channel, Instant received) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO device_reading (device_id, type, reading, at, snapshot, channel, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(deviceId, type.name(), value, Timestamp.from(at), snapshot, channel, Timestamp.from(received)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The device was heard: it is alive again (its silence alarm, if any, ends). */
    public void heard(long deviceId, Instant at) {
        jdbc.sql("""
                UPDATE device SET last_seen_at = CASE WHEN last_seen_at IS NULL OR last_seen_at < ? THEN ? ELSE last_seen_at END,
                silent = FALSE WHERE id = ?""")
                .params(Timestamp.from(at), Timestamp.from(at), deviceId).update();
    }

    /** Devices heard from once and silent beyond their heartbeat (with a grace of {@code graceSeconds}), not yet alarmed. */
    public List<DeviceRow> newlySilent(Instant now, int graceSeconds) {
        return jdbc.sql(DEVICE + "WHERE silent = FALSE AND last_seen_at IS NOT NULL")
                .query(DeviceRepository::device).list().stream()
                .filter(d -> d.lastSeenAt().plusSeconds(d.heartbeatSeconds() + graceSeconds).isBefore(now)).toList();
    }

    /** Marks the device silent; false if another instance (or a reading) got there first. */
    public boolean markSilent(long deviceId, Instant lastSeenAt) {
        return jdbc.sql("UPDATE device SET silent = TRUE WHERE id = ? AND silent = FALSE AND last_seen_at = ?")
                .params(deviceId, Timestamp.from(lastSeenAt)).update() == 1;
    }

    public List<ReadingRow> readings(long deviceId, int limit) {
        return jdbc.sql("SELECT id, type, reading, at, snapshot, channel, received_at FROM device_reading WHERE device_id = ? ORDER BY id DESC LIMIT ?")
                .params(deviceId, limit).query((rs, n) -> new ReadingRow(rs.getLong(1), ReadingType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    /** The newest temperature from a thermometer bound to the place, received since {@code since}. */
    public Optional<PlaceTemperature> latestTemperature(long placeId, Instant since) {
        return jdbc.sql("""
                SELECT d.code, r.reading, r.at FROM device_reading r JOIN device d ON d.id = r.device_id
                WHERE d.place_id = ? AND d.kind = 'THERMOMETER' AND r.type = 'TEMPERATURE' AND r.received_at >= ?
                ORDER BY r.id DESC LIMIT 1""")
                .params(placeId, Timestamp.from(since))
                .query((rs, n) -> new PlaceTemperature(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).optional();
    }

    public void reject(String channel, String topic, String payload, String reason, Instant at) {
        jdbc.sql("INSERT INTO device_rejected_message (channel, topic, payload, reason, received_at) VALUES (?, ?, ?, ?, ?)")
                .params(channel, cut(topic, 200), cut(payload, 2000), cut(reason, 100), Timestamp.from(at)).update();
    }

    public List<Rejected> rejected(int limit) {
        return jdbc.sql("SELECT id, channel, topic, payload, reason, received_at FROM device_rejected_message ORDER BY id DESC LIMIT ?")
                .param(limit).query((rs, n) -> new Rejected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    private static String cut(String s, int most) {
        return s == null ? null : s.length() > most ? s.substring(0, most) : s;
    }

    private static DeviceRow device(ResultSet rs, int n) throws SQLException {
        Timestamp seen = rs.getTimestamp(12);
        return new DeviceRow(rs.getLong(1), rs.getString(2), DeviceKind.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5),
                new NodePath(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)), rs.getString(10), rs.getInt(11),
                seen == null ? null : seen.toInstant(), rs.getBoolean(13));
    }
}
