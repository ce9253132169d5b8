package io.gridguard.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, and where they may act: written by {@code iam} when it authenticates someone,
 * read by every module before it reads or writes anything.
 *
 * @param username     the login name (staff), the masked phone (resident) or the key's name (machine)
 * @param role         what they may do
 * @param nodes        the jurisdiction nodes they are responsible for (empty for a resident)
 * @param departmentId their department, for department handlers
 * @param placeId      their place (checkpoint, quarantine site, enterprise site), where the role has one
 * @param personId     the person they are, for residents
 */
public record Caller(String username, String displayName, Role role, List<ScopeNode> nodes,
                     Long departmentId, Long placeId, Long personId) implements Serializable {

    public Caller {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        nodes = List.copyOf(nodes);
    }

    public boolean hasRole(Role... roles) {
        return Set.of(roles).contains(role);
    }

    /** Fails with {@link AccessDenied} unless the caller has one of the roles. */
    public Caller require(Set<Role> roles) {
        if (!roles.contains(role)) {
            throw new AccessDenied("error.access.role");
        }
        return this;
    }

    /** Whether a record at this path is inside the caller's jurisdiction. */
    public boolean covers(NodePath path) {
        return ScopeNode.anyCovers(nodes, path);
    }

    /** Fails with {@link AccessDenied} unless the path is inside the caller's jurisdiction. */
    public void requireCovers(NodePath path) {
        if (!covers(path)) {
            throw new AccessDenied("error.access.scope");
        }
    }

    public Optional<Long> person() {
        return Optional.ofNullable(personId);
    }
}
