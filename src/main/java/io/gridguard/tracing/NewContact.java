package io.gridguard.tracing;

import java.time.Instant;

/** A contact a tracing team found by asking: who, how related, when and where they met the case. */
public record NewContact(Long personId, ContactKind kind, String relationship, Instant exposureAt, String exposurePlace) {
}
