package io.gridguard.healthcode;

import java.time.Instant;
import java.util.List;

/** A person's code as shown: colour, reasons, since when, and when it can change by itself (or null). */
public record HealthCodeView(long personId, Colour colour, List<FactKind> reasons, Instant since, Instant changesAt) {
}
