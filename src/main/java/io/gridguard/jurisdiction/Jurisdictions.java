package io.gridguard.jurisdiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gridguard.jurisdiction.internal.NodeIndex;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Problem;
import io.gridguard.shared.ScopeNode;
import org.springframework.stereotype.Service;

/**
 * The jurisdiction tree: nodes, their paths, and which of them a caller may see. A caller sees the
 * subtrees of their scope nodes and, for orientation, the path above them (names only).
 */
@Service
public class Jurisdictions {

    private final NodeIndex index;

    Jurisdictions(NodeIndex index) {
        this.index = index;
    }

    /** Whether the tree has no district yet (a new installation). */
    public boolean isEmpty() {
        return index.roots().isEmpty();
    }

    public List<NodeView> roots() {
        return index.roots();
    }

    public Optional<NodeView> find(long id) {
        return index.find(id);
    }

    public NodeView node(long id) {
        return index.find(id).orElseThrow(() -> new NodeNotFound(id));
    }

    public List<NodeView> children(long id) {
        return index.children(id);
    }

    /** The node and its ancestors, root first. */
    public List<NodeView> pathTo(long id) {
        return index.pathTo(id);
    }

    public List<NodeView> descendants(long id, NodeLevel level) {
        return index.descendants(id, level);
    }

    /** The path of a grid, which every record living in it keeps; anything but a grid is refused. */
    public NodePath pathOfGrid(long gridId) {
        List<NodeView> path = index.pathTo(gridId);
        if (path.size() != 4 || path.get(3).level() != NodeLevel.GRID) {
            throw new Problem.Invalid("gridId", "jurisdiction.grid.invalid");
        }
        return new NodePath(path.get(0).id(), path.get(1).id(), path.get(2).id(), path.get(3).id());
    }

    public ScopeNode scopeNode(long nodeId) {
        return new ScopeNode(node(nodeId).level(), nodeId);
    }

    /** Whether the node is inside one of the caller's scope nodes (or is one). */
    public boolean covers(Caller caller, long nodeId) {
        List<NodeView> path = index.pathTo(nodeId);
        return caller.nodes().stream().anyMatch(scope -> path.stream().anyMatch(n -> n.id() == scope.id()));
    }

    /** The caller's nodes, or the node inside them they asked for (e.g. a street's figures for district command). */
    public List<ScopeNode> scopeOf(Caller caller, Long nodeId) {
        return nodeId == null ? caller.nodes() : List.of(scopeNode(requireVisible(caller, nodeId).id()));
    }

    public NodeView requireVisible(Caller caller, long nodeId) {
        NodeView node = node(nodeId);
        if (!covers(caller, nodeId)) {
            throw new AccessDenied("error.access.scope");
        }
        return node;
    }

    /** Nodes of a level inside the caller's scope, e.g. the grids a community clerk can pick from. */
    public List<NodeView> visibleAt(Caller caller, NodeLevel level) {
        List<NodeView> found = new ArrayList<>();
        for (ScopeNode scope : caller.nodes()) {
            if (scope.level() == level) {
                index.find(scope.id()).ifPresent(found::add);
            } else if (scope.level().ordinal() < level.ordinal()) {
                found.addAll(index.descendants(scope.id(), level));
            }
        }
        return found;
    }

    /** The tree limited to the caller's scope, with the path above each scope node. */
    public List<TreeNode> treeFor(Caller caller) {
        Map<Long, Builder> roots = new LinkedHashMap<>();
        for (ScopeNode scope : caller.nodes()) {
            List<NodeView> path = index.pathTo(scope.id());
            if (path.isEmpty()) {
                continue;
            }
            Map<Long, Builder> level = roots;
            Builder builder = null;
            for (NodeView node : path) {
                builder = level.computeIfAbsent(node.id(), id -> new Builder(node));
                level = builder.children;
            }
            builder.whole = true;
        }
        return roots.values().stream().map(this::build).toList();
    }

    private TreeNode build(Builder builder) {
        if (builder.whole) {
            return subtree(builder.node);
        }
        return new TreeNode(builder.node.id(), builder.node.name(), builder.node.level(),
                builder.children.values().stream().map(this::build).toList());
    }

    private TreeNode subtree(NodeView node) {
        return new TreeNode(node.id(), node.name(), node.level(), index.children(node.id()).stream().map(this::subtree).toList());
    }

    /** The grid a location (WGS84 degrees) lies in, by the grids' boundaries; empty outside every grid. */
    public Optional<NodeView> gridAt(double lat, double lon) {
        return index.gridAt(lat, lon).flatMap(index::find);
    }

    /** Adds a node; a child must sit one level below its parent. */
    public long addNode(Long parentId, NodeLevel level, String code, String name, Double lat, Double lon, String boundary) {
        NodeLevel expected = parentId == null ? NodeLevel.DISTRICT : node(parentId).level().below();
        if (expected != level) {
            throw new Problem.Invalid("level", "jurisdiction.node.levelMismatch");
        }
        return index.insert(parentId, level, code, name, lat, lon, boundary);
    }

    private static final class Builder {
        final NodeView node;
        final Map<Long, Builder> children = new LinkedHashMap<>();
        boolean whole;

        Builder(NodeView node) {
            this.node = node;
        }
    }
}
