package io.gridguard.cockpit;

import java.time.Instant;
import java.util.List;

import io.gridguard.shared.NodePath;

/**
 * One alert of the live feed. {@code args} fill its kind's message (an argument starting with {@code #} is itself a
 * message key, e.g. a colour); {@code link} is the page where someone acts on it.
 */
public record FeedAlert(long id, FeedKind kind, NodePath path, List<String> args, String link, Instant raisedAt) {
}
