package io.gridguard.people.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.gridguard.people.Gender;
import io.gridguard.people.IdType;
import io.gridguard.people.PersonStatus;
import io.gridguard.people.PersonFilter;
import io.gridguard.people.PersonTag;
import io.gridguard.people.PersonView;
import io.gridguard.shared.ArrayQueries;
import io.gridguard.shared.BatchInserts;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.ScopeNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** People and their tags. Lists load the tags of a whole page in one query. */
@Repository
public class PersonRepository {

    private static final String COLUMNS = """
            id, name, gender, birth_date, id_type, id_number, phone, nationality, preferred_language, address,
            district_id, street_id, community_id, grid_id, household_id, household_relation, floating, origin_region,
            arrival_date, landlord_name, landlord_phone, status, merged_into, created_at""";
    private static final String INSERT = """
            INSERT INTO person (name, gender, birth_date, id_type, id_number, phone, nationality, preferred_language, address,
            district_id, street_id, community_id, grid_id, household_id, household_relation, floating, origin_region,
            arrival_date, landlord_name, landlord_phone, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PersonRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(PersonView p) {
        var keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, new String[]{"id"});
            bind(ps, p);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        saveTags(id, p.tags());
        return id;
    }

    /** One JDBC batch for a chunk of people (demo district, imports); answers their ids in order. */
    public List<Long> insertAll(List<PersonView> people) {
        return BatchInserts.insert(template, INSERT, people, PersonRepository::bind);
    }

    public void update(long id, PersonView p) {
        jdbc.sql("""
                UPDATE person SET name = ?, gender = ?, birth_date = ?, id_type = ?, id_number = ?, phone = ?, nationality = ?,
                preferred_language = ?, address = ?, district_id = ?, street_id = ?, community_id = ?, grid_id = ?,
                household_id = ?, household_relation = ?, floating = ?, origin_region = ?, arrival_date = ?,
                landlord_name = ?, landlord_phone = ? WHERE id = ?""")
                .params(p.name(), p.gender().name(), date(p.birthDate()), p.idType().name(), p.idNumber(), p.phone(),
                        p.nationality(), p.preferredLanguage(), p.address(), p.path().districtId(), p.path().streetId(),
                        p.path().communityId(), p.path().gridId(), p.householdId(), p.householdRelation(), p.floating(),
                        p.originRegion(), date(p.arrivalDate()), p.landlordName(), p.landlordPhone(), id)
                .update();
        jdbc.sql("DELETE FROM person_tag WHERE person_id = ?").param(id).update();
        saveTags(id, p.tags());
    }

    public void markMerged(long id, long into) {
        jdbc.sql("UPDATE person SET status = 'MERGED', merged_into = ? WHERE id = ?").params(into, id).update();
    }

    public Optional<PersonView> find(long id) {
        return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ?").param(id)
                .query(PersonRepository::map).list()).stream().findFirst();
    }

    public Optional<PersonView> findByDocument(IdType type, String number) {
        return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id_type = ? AND id_number = ?")
                .params(type.name(), number).query(PersonRepository::map).list()).stream().findFirst();
    }

    /** Who a person is, without personal data beyond the masked name and number: what a gate needs. */
    public record Identity(long id, String name, String idNumber, NodePath path) {
    }

    private static final String IDENTITY = "SELECT id, name, id_number, district_id, street_id, community_id, grid_id FROM person ";

    /** An active person by document number (a gate's lookup: one narrow query). */
    public Optional<Identity> identityByIdNumber(String number) {
        return jdbc.sql(IDENTITY + "WHERE id_number = ? AND status = 'ACTIVE' ORDER BY id LIMIT 1")
                .param(number).query(PersonRepository::identity).optional();
    }

    /**
     * Active people by document number, many at once (list imports); the oldest record where a number has two. One
     * query with the numbers as an array, so the planner chooses: index look-ups for a short list, one pass over the
     * table for a long one (100,000 numbers in batches of a thousand took 25 s of index look-ups at a million people).
     */
    public List<Identity> identitiesByIdNumbers(java.util.Collection<String> numbers) {
        return ArrayQueries.query(template, IDENTITY + "WHERE id_number = ANY (?) AND status = 'ACTIVE' ORDER BY id", "VARCHAR", numbers,
                PersonRepository::identity);
    }

    /** Where these people live, in one query (ids of merged or unknown people are left out). */
    public Map<Long, NodePath> paths(java.util.Collection<Long> ids) {
        Map<Long, NodePath> paths = new java.util.HashMap<>();
        ArrayQueries.query(template, "SELECT id, district_id, street_id, community_id, grid_id FROM person WHERE id = ANY (?) "
                        + "AND status = 'ACTIVE'", "BIGINT", ids,
                (rs, n) -> Map.entry(rs.getLong(1), new NodePath(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .forEach(path -> paths.put(path.getKey(), path.getValue()));
        return paths;
    }

    public Optional<Identity> identity(long id) {
        return jdbc.sql(IDENTITY + "WHERE id = ?").param(id).query(PersonRepository::identity).optional();
    }

    /** {@link #identity} for many ids in one query. */
    public List<Identity> identities(java.util.Collection<Long> ids) {
        return ArrayQueries.query(template, IDENTITY + "WHERE id = ANY (?)", "BIGINT", ids, PersonRepository::identity);
    }

    private static Identity identity(ResultSet rs, int n) throws SQLException {
        return new Identity(rs.getLong(1), rs.getString(2), rs.getString(3),
                new NodePath(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    public long highestId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM person").query(Long.class).single();
    }

    public List<Long> activeIdsBetween(long from, long to) {
        return jdbc.sql("SELECT id FROM person WHERE id >= ? AND id < ? AND status = 'ACTIVE' ORDER BY id")
                .params(from, to).query(Long.class).list();
    }

    public List<PersonView> findByPhone(String phone) {
        return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE phone = ? AND status = 'ACTIVE' ORDER BY id")
                .param(phone).query(PersonRepository::map).list());
    }

    public Optional<String> samplePhone(long gridId) {
        return jdbc.sql("""
                SELECT p.phone FROM person p WHERE p.grid_id = ? AND p.status = 'ACTIVE' AND p.phone LIKE '1%'
                AND (SELECT count(*) FROM person o WHERE o.phone = p.phone) = 1 ORDER BY p.id LIMIT 1""")
                .param(gridId).query(String.class).optional();
    }

    public List<PersonView> household(long householdId) {
        return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE household_id = ? AND status = 'ACTIVE' ORDER BY id")
                .param(householdId).query(PersonRepository::map).list());
    }

    public List<PersonView> page(List<ScopeNode> scope, PersonFilter filter, int limit, long offset) {
        var where = filter.where(scope);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE " + where.sql() + " ORDER BY id LIMIT ? OFFSET ?")
                .params(params).query(PersonRepository::map).list());
    }

    /** Active residents per grid under one node of the tree. */
    /** A resident due in a campaign: who, in which grid, in which household (if any). */
    public record Due(long personId, long gridId, Long householdId) {
    }

    /** Active residents under a node, only those living in these places (null: anywhere) and with this tag (null: any). */
    public List<Due> due(ScopeNode node, java.util.Collection<Long> places, String tag) {
        String column = node.level().name().toLowerCase(java.util.Locale.ROOT) + "_id";
        StringBuilder sql = new StringBuilder("SELECT id, grid_id, household_id FROM person WHERE status = 'ACTIVE' AND ")
                .append(column).append(" = ?");
        if (places != null) {
            sql.append(" AND household_id = ANY (?)");
        }
        if (tag != null) {
            sql.append(" AND id IN (SELECT person_id FROM person_tag WHERE tag = ?)");
        }
        return template.query(con -> {
            var statement = con.prepareStatement(sql.toString());
            int i = 1;
            statement.setLong(i++, node.id());
            if (places != null) {
                statement.setArray(i++, con.createArrayOf("BIGINT", places.toArray()));
            }
            if (tag != null) {
                statement.setString(i, tag);
            }
            return statement;
        }, (rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)));
    }

    public Map<Long, Long> activeByGrid(ScopeNode node) {
        String column = switch (node.level()) {
            case DISTRICT -> "district_id";
            case STREET -> "street_id";
            case COMMUNITY -> "community_id";
            case GRID -> "grid_id";
        };
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT grid_id, count(*) FROM person WHERE status = 'ACTIVE' AND " + column + " = ? GROUP BY grid_id")
                .param(node.id()).query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    public long count(List<ScopeNode> scope, PersonFilter filter) {
        var where = filter.where(scope);
        return jdbc.sql("SELECT count(*) FROM person WHERE " + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** Active people under these nodes, and how many of them are floating population: one scan. */
    public long[] countWithFloating(List<ScopeNode> scope) {
        var where = new PersonFilter(null, null, null, null, null).where(scope);
        return jdbc.sql("SELECT count(*), count(CASE WHEN floating THEN 1 END) FROM person WHERE " + where.sql()).params(where.params())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    public void saveTags(long personId, Set<PersonTag> tags) {
        for (PersonTag tag : tags) {
            jdbc.sql("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)").params(personId, tag.name()).update();
        }
    }

    public void insertTags(List<Map.Entry<Long, PersonTag>> tags) {
        template.batchUpdate("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)", tags, tags.size(), (ps, t) -> {
            ps.setLong(1, t.getKey());
            ps.setString(2, t.getValue().name());
        });
    }

    private List<PersonView> withTags(List<PersonView> people) {
        if (people.isEmpty()) {
            return people;
        }
        String marks = people.stream().map(p -> "?").collect(Collectors.joining(","));
        Map<Long, Set<PersonTag>> tags = new HashMap<>();
        jdbc.sql("SELECT person_id, tag FROM person_tag WHERE person_id IN (" + marks + ")")
                .params(people.stream().<Object>map(PersonView::id).toList())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(PersonTag.class)).add(PersonTag.valueOf(rs.getString(2)));
                });
        return people.stream().map(p -> tags.containsKey(p.id()) ? withTags(p, tags.get(p.id())) : p).toList();
    }

    private static PersonView withTags(PersonView p, Set<PersonTag> tags) {
        return new PersonView(p.id(), p.name(), p.gender(), p.birthDate(), p.idType(), p.idNumber(), p.phone(),
                p.nationality(), p.preferredLanguage(), p.address(), p.path(), p.householdId(), p.householdRelation(),
                Set.copyOf(tags), p.floating(), p.originRegion(), p.arrivalDate(), p.landlordName(), p.landlordPhone(),
                p.status(), p.mergedInto(), p.createdAt());
    }

    private static void bind(PreparedStatement ps, PersonView p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.gender().name());
        ps.setDate(3, date(p.birthDate()));
        ps.setString(4, p.idType().name());
        ps.setString(5, p.idNumber());
        ps.setString(6, p.phone());
        ps.setString(7, p.nationality());
        ps.setString(8, p.preferredLanguage());
        ps.setString(9, p.address());
        ps.setLong(10, p.path().districtId());
        ps.setLong(11, p.path().streetId());
        ps.setLong(12, p.path().communityId());
        ps.setLong(13, p.path().gridId());
        if (p.householdId() == null) {
            ps.setNull(14, Types.BIGINT);
        } else {
            ps.setLong(14, p.householdId());
        }
        ps.setString(15, p.householdRelation());
        ps.setBoolean(16, p.floating());
        ps.setString(17, p.originRegion());
        ps.setDate(18, date(p.arrivalDate()));
        ps.setString(19, p.landlordName());
        ps.setString(20, p.landlordPhone());
        ps.setTimestamp(21, Timestamp.from(p.createdAt() == null ? Instant.now() : p.createdAt()));
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static PersonView map(ResultSet rs, int n) throws SQLException {
        Date birth = rs.getDate(4);
        Date arrival = rs.getDate(19);
        return new PersonView(rs.getLong(1), rs.getString(2), Gender.valueOf(rs.getString(3)),
                birth == null ? null : birth.toLocalDate(), IdType.valueOf(rs.getString(5)), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                new NodePath(rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
                rs.getObject(15, Long.class), rs.getString(16), Set.of(), rs.getBoolean(17), rs.getString(18),
                arrival == null ? null : arrival.toLocalDate(), rs.getString(20), rs.getString(21),
                PersonStatus.valueOf(rs.getString(22)), rs.getObject(23, Long.class), rs.getTimestamp(24).toInstant());
    }

    /** Floating residents by household (the cockpit's risk map counts them per compound and rental apartment). */
    public java.util.Map<Long, Long> floatingByHousehold() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT household_id, count(*) FROM person WHERE floating AND status = 'ACTIVE' AND household_id IS NOT NULL
                GROUP BY household_id""").query((java.sql.ResultSet rs) -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }
}
