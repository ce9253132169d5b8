package io.gridguard.testing;

import java.time.Instant;

/**
 * A person's own result: a negative tube (pooled or not) is negative for each of its people; a positive single tube is
 * positive. A positive pool says nothing about one person yet and is not announced. Published in the transaction that
 * applied the result.
 */
public record PersonTested(long personId, TestResult result, Instant at, String tube) {
}
