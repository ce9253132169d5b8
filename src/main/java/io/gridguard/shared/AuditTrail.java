package io.gridguard.shared;

import java.time.Instant;

/**
 * The audit log: who did what to which record, when, from where. Every module writes to it when
 * someone opens a person's full record or changes who may do what; district command reads it.
 */
public interface AuditTrail {

    void record(String action, String targetType, Object targetId, String detail);

    PageOf<Entry> entries(String actorOrTarget, PageRequest page);

    record Entry(long id, Instant occurredAt, String actor, String actorRole, String action,
                 String targetType, String targetId, String detail, String remoteAddress) {
    }
}
