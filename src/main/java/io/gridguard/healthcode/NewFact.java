package io.gridguard.healthcode;

import java.time.Instant;

/** A fact a workflow (or an authorised person) reports about someone. */
public record NewFact(Long personId, FactKind kind, Instant occurredAt, String source, String detail) {
}
