package io.gridguard.people;

import io.gridguard.shared.NodePath;

/** A person was registered in a grid (by staff, or by confirming a self-registration). */
public record PersonRegistered(long personId, NodePath path) {
}
