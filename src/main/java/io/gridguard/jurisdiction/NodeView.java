package io.gridguard.jurisdiction;

import io.gridguard.shared.NodeLevel;

/** A node of the jurisdiction tree as other modules see it. */
public record NodeView(long id, Long parentId, NodeLevel level, String code, String name, Double lat, Double lon,
                       String boundary) {
}
