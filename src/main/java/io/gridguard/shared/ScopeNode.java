package io.gridguard.shared;

import java.io.Serializable;

/** One jurisdiction node a caller is responsible for, with its level. */
public record ScopeNode(NodeLevel level, long id) implements Serializable {

    /** Whether a record at this path lies under any of these nodes. */
    public static boolean anyCovers(java.util.List<ScopeNode> scope, NodePath path) {
        return scope.stream().anyMatch(node -> path.idAt(node.level()) == node.id());
    }
}
