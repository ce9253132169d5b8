package io.gridguard.shared;

import java.io.Serializable;

/** One jurisdiction node a caller is responsible for, with its level. */
public record ScopeNode(NodeLevel level, long id) implements Serializable {
}
