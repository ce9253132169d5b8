package io.gridguard.healthcode;

import java.time.Instant;

/** Something that happened to a person and bears on their code. {@code clearedAt} is set when it stops counting. */
public record HealthFact(long id, long personId, FactKind kind, Instant occurredAt, Instant clearedAt, String source,
                         String detail) {

    public boolean activeAt(Instant at) {
        return !occurredAt.isAfter(at) && (clearedAt == null || clearedAt.isAfter(at));
    }
}
