package io.gridguard.checkpoint;

import java.time.Instant;

/** Someone with a red code tried a gate and was refused (published in the transaction that stored the scan). */
public record RedCodeAttempt(long scanId, long checkpointId, long personId, Instant at) {
}
