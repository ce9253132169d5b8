package io.gridguard.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The WHERE clause that keeps rows inside a caller's scope nodes, for tables that store the path of
 * their grid in the columns {@code district_id, street_id, community_id, grid_id}.
 */
public final class ScopeSql {

    private ScopeSql() {
    }

    public static String where(List<ScopeNode> scope) {
        return where(scope, "");
    }

    /** The same for one table of a join, whose columns are named with {@code alias}. */
    public static String where(List<ScopeNode> scope, String alias) {
        if (scope.isEmpty()) {
            return "1 = 0";
        }
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return scope.stream().map(node -> prefix + node.level().name().toLowerCase(java.util.Locale.ROOT) + "_id = ?")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    public static List<Object> params(List<ScopeNode> scope) {
        return scope.stream().<Object>map(ScopeNode::id).toList();
    }
}
