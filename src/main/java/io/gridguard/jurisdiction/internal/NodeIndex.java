package io.gridguard.jurisdiction.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.NodeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole tree in memory. A district has a few hundred nodes that change rarely, while every scope
 * check and every list needs parents and children, so the tree is read once and reloaded after a change.
 */
@Component
public class NodeIndex {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    NodeIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NodeView> find(long id) {
        return Optional.ofNullable(current().byId.get(id));
    }

    public List<NodeView> children(long id) {
        return current().children.getOrDefault(id, List.of());
    }

    public List<NodeView> roots() {
        return current().children.getOrDefault(0L, List.of());
    }

    /** The node and everything above it, root first. */
    public List<NodeView> pathTo(long id) {
        Snapshot s = current();
        List<NodeView> path = new ArrayList<>();
        for (NodeView node = s.byId.get(id); node != null; node = node.parentId() == null ? null : s.byId.get(node.parentId())) {
            path.add(node);
        }
        Collections.reverse(path);
        return path;
    }

    public List<NodeView> descendants(long id, NodeLevel level) {
        List<NodeView> found = new ArrayList<>();
        collect(id, level, found);
        return found;
    }

    private void collect(long id, NodeLevel level, List<NodeView> found) {
        for (NodeView child : children(id)) {
            if (child.level() == level) {
                found.add(child);
            } else {
                collect(child.id(), level, found);
            }
        }
    }

    public long insert(Long parentId, NodeLevel level, String code, String name, Double lat, Double lon, String boundary) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO jurisdiction_node (parent_id, node_level, code, name, lat, lon, boundary)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(parentId, level.name(), code, name, lat, lon, boundary)
                .update(keys, "id");
        snapshot = null;
        return keys.getKey().longValue();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        List<NodeView> all = jdbc.sql("SELECT id, parent_id, node_level, code, name, lat, lon, boundary FROM jurisdiction_node ORDER BY id")
                .query((rs, n) -> new NodeView(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        NodeLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        (Double) rs.getObject(6, Double.class), (Double) rs.getObject(7, Double.class), rs.getString(8)))
                .list();
        Map<Long, NodeView> byId = new HashMap<>();
        Map<Long, List<NodeView>> children = new LinkedHashMap<>();
        for (NodeView node : all) {
            byId.put(node.id(), node);
            children.computeIfAbsent(node.parentId() == null ? 0L : node.parentId(), k -> new ArrayList<>()).add(node);
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        return new Snapshot(Map.copyOf(byId), Map.copyOf(children), new GridShapes(all));
    }

    /** The grid whose boundary holds the point, if one does. */
    public Optional<Long> gridAt(double lat, double lon) {
        return current().shapes().gridAt(lat, lon);
    }

    private record Snapshot(Map<Long, NodeView> byId, Map<Long, List<NodeView>> children, GridShapes shapes) {
    }
}
