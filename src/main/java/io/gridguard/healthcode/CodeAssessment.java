package io.gridguard.healthcode;

import java.time.Instant;
import java.util.List;

/**
 * A person's code as the rules see it: the colour, the facts that make it so, and the earliest moment it
 * can change by itself (a window ending), or null when only a new fact can change it.
 */
public record CodeAssessment(Colour colour, List<FactKind> reasons, Instant changesAt) {
}
