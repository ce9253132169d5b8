package io.gridguard.jurisdiction;

import io.gridguard.shared.Problem;

public class NodeNotFound extends Problem.NotFound {
    public NodeNotFound(long id) {
        super("jurisdiction.node.notFound", id);
    }
}
