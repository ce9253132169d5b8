package io.gridguard.testing;

import java.time.Instant;

import io.gridguard.shared.NodePath;

/**
 * A pooled tube came back positive: its people are recalled for single tests (published with the result). {@code path}:
 * where the first of them lives, for whoever watches that part of the district.
 */
public record PoolPositive(String barcode, int members, NodePath path, Instant at) {
}
