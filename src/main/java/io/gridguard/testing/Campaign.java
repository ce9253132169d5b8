package io.gridguard.testing;

import java.time.LocalDate;

import io.gridguard.people.PersonTag;

/**
 * 应检尽检: everyone living under {@code nodeId} — only in the place {@code placeId} and only those tagged {@code tag},
 * when these are given — is to be tested by {@code dueDate}.
 */
public record Campaign(long id, String name, long nodeId, Long placeId, PersonTag tag, LocalDate dueDate) {

    /** Whether the campaign targets fewer people than everyone under its node. */
    public boolean targeted() {
        return placeId != null || tag != null;
    }
}
