package io.gridguard.jurisdiction;

import java.util.List;

import io.gridguard.shared.NodeLevel;

/** The tree as the API answers it: nested nodes, limited to what the caller may see. */
public record TreeNode(long id, String name, NodeLevel level, List<TreeNode> children) {
}
