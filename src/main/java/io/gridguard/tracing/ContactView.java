package io.gridguard.tracing;

import java.time.Instant;
import java.time.LocalDate;

/** A contact of a case; the person masked. {@code evidence} says where and when co-presence found them. */
public record ContactView(long id, long caseId, long personId, String maskedName, String maskedIdNumber, ContactKind kind,
                          ContactStatus status, FoundBy foundBy, String relationship, Instant exposureAt,
                          String exposurePlace, String evidence, String destination, LocalDate followUpUntil) {

    public enum FoundBy { TRACER, CO_PRESENCE }
}
