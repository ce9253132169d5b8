package io.gridguard.testing;

import java.time.LocalDate;

/** 应检尽检: everyone living under {@code nodeId} is to be tested by {@code dueDate}. */
public record Campaign(long id, String name, long nodeId, LocalDate dueDate) {
}
