package io.gridguard.shared;

import java.util.Objects;

/**
 * Where something sits in the tree: the ids of its district, street, community and grid.
 * Records that belong to a grid keep their path so that a scope check needs no lookup.
 */
public record NodePath(long districtId, long streetId, long communityId, long gridId) {

    public long idAt(NodeLevel level) {
        return switch (Objects.requireNonNull(level)) {
            case DISTRICT -> districtId;
            case STREET -> streetId;
            case COMMUNITY -> communityId;
            case GRID -> gridId;
        };
    }
}
