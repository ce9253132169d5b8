package io.gridguard.people;

import io.gridguard.shared.NodePath;

/** A person named without personal data: their id, masked name and where they live. */
public record PersonRef(long id, String maskedName, NodePath path) {
}
