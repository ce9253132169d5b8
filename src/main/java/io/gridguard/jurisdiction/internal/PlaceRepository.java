package io.gridguard.jurisdiction.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import io.gridguard.jurisdiction.NewPlace;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.shared.BatchInserts;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Places, each stored with the path of its grid so that scope filters need no join. */
@Repository
public class PlaceRepository {

    private static final String COLUMNS =
            "id, kind, name, grid_id, district_id, street_id, community_id, parent_place_id, address, lat, lon, boundary, capacity";

    private static final String INSERT = """
            INSERT INTO place (kind, name, grid_id, district_id, street_id, community_id, parent_place_id, address, lat, lon, boundary, capacity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PlaceRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<PlaceView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM place WHERE id = ?").param(id).query(PlaceRepository::map).optional();
    }

    /**
     * The place and what stands in it, two levels down (a compound's buildings and their households), each with the
     * building it is or is in, or the place itself where there is none.
     */
    /** Each household's compound (through its building) or rental apartment (directly). */
    public Map<Long, Long> areaOfHouseholds() {
        Map<Long, Long> areas = new HashMap<>();
        jdbc.sql("""
                SELECT h.id, CASE WHEN p.kind = 'BUILDING' THEN p.parent_place_id ELSE p.id END FROM place h
                JOIN place p ON p.id = h.parent_place_id WHERE h.kind = 'HOUSEHOLD' AND p.kind IN ('BUILDING', 'RENTAL_APARTMENT', 'COMPOUND')""")
                .query((ResultSet rs) -> {
                    long area = rs.getLong(2);
                    if (!rs.wasNull()) {
                        areas.put(rs.getLong(1), area);
                    }
                });
        return areas;
    }

    public Map<Long, Long> unitsUnder(long placeId) {
        Map<Long, Long> units = new HashMap<>();
        jdbc.sql("""
                SELECT p.id, p.kind, q.id, q.kind FROM place p LEFT JOIN place q ON q.id = p.parent_place_id
                WHERE p.id = ? OR p.parent_place_id = ? OR p.parent_place_id IN (SELECT b.id FROM place b WHERE b.parent_place_id = ?)""")
                .params(placeId, placeId, placeId).query((java.sql.ResultSet rs) -> {
                    long id = rs.getLong(1);
                    boolean building = PlaceKind.BUILDING.name().equals(rs.getString(2));
                    boolean inBuilding = PlaceKind.BUILDING.name().equals(rs.getString(4));
                    units.put(id, building ? id : inBuilding ? rs.getLong(3) : placeId);
                });
        return units;
    }

    /** Places matching the filters inside the scope nodes, newest last. */
    public List<PlaceView> find(List<ScopeNode> scope, Long nodeFilter, Long parentPlaceId, PlaceKind kind,
                                int limit, long offset) {
        Filter f = filter(scope, nodeFilter, parentPlaceId, kind);
        return jdbc.sql("SELECT " + COLUMNS + " FROM place WHERE " + f.where + " ORDER BY id LIMIT ? OFFSET ?")
                .params(append(f.params, limit, offset)).query(PlaceRepository::map).list();
    }

    public long count(List<ScopeNode> scope, Long nodeFilter, Long parentPlaceId, PlaceKind kind) {
        Filter f = filter(scope, nodeFilter, parentPlaceId, kind);
        return jdbc.sql("SELECT count(*) FROM place WHERE " + f.where).params(f.params).query(Long.class).single();
    }

    public List<Long> insertAll(List<NewPlace> places, List<NodePath> paths) {
        List<Row> rows = java.util.stream.IntStream.range(0, places.size()).mapToObj(i -> new Row(places.get(i), paths.get(i))).toList();
        return BatchInserts.insert(template, INSERT, rows, (ps, row) -> bind(ps, row.place(), row.path()));
    }

    public void update(long id, NewPlace place, NodePath path) {
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    UPDATE place SET kind = ?, name = ?, grid_id = ?, district_id = ?, street_id = ?, community_id = ?,
                    parent_place_id = ?, address = ?, lat = ?, lon = ?, boundary = ?, capacity = ? WHERE id = ?""",
                    Statement.NO_GENERATED_KEYS);
            bind(ps, place, path);
            ps.setLong(13, id);
            return ps;
        });
    }

    private static void bind(PreparedStatement ps, NewPlace place, NodePath path) throws SQLException {
        ps.setString(1, place.kind().name());
        ps.setString(2, place.name());
        ps.setLong(3, path.gridId());
        ps.setLong(4, path.districtId());
        ps.setLong(5, path.streetId());
        ps.setLong(6, path.communityId());
        setNullable(ps, 7, place.parentPlaceId(), Types.BIGINT);
        ps.setString(8, place.address());
        setNullable(ps, 9, place.lat(), Types.DOUBLE);
        setNullable(ps, 10, place.lon(), Types.DOUBLE);
        ps.setString(11, place.boundary());
        setNullable(ps, 12, place.capacity(), Types.INTEGER);
    }

    private static void setNullable(PreparedStatement ps, int index, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value, type);
        }
    }

    private static Filter filter(List<ScopeNode> scope, Long nodeFilter, Long parentPlaceId, PlaceKind kind) {
        StringBuilder where = new StringBuilder(ScopeSql.where(scope));
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        if (nodeFilter != null) {
            where.append(" AND (grid_id = ? OR community_id = ? OR street_id = ? OR district_id = ?)");
            for (int i = 0; i < 4; i++) {
                params.add(nodeFilter);
            }
        }
        if (parentPlaceId != null) {
            where.append(" AND parent_place_id = ?");
            params.add(parentPlaceId);
        } else if (kind != PlaceKind.HOUSEHOLD && kind != PlaceKind.BUILDING) {
            // Browsing a grid lists its top-level places; buildings and households are reached through them.
            where.append(" AND parent_place_id IS NULL");
        }
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        return new Filter(where.toString(), params);
    }

    private static Object[] append(List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all.toArray();
    }

    private static PlaceView map(ResultSet rs, int n) throws SQLException {
        return new PlaceView(rs.getLong(1), PlaceKind.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
                new NodePath(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(4)),
                rs.getObject(8, Long.class), rs.getString(9), rs.getObject(10, Double.class),
                rs.getObject(11, Double.class), rs.getString(12), rs.getObject(13, Integer.class));
    }

    private record Row(NewPlace place, NodePath path) {
    }

    private record Filter(String where, List<Object> params) {
    }
}
