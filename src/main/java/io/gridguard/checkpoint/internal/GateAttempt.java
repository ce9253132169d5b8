package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.time.Instant;

import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository.TokenUse;

/**
 * A scan as the request hands it to the {@link ScanJournal}, before anyone looked up the person: whom it names (the
 * reference a valid token carries, or an ID number), why it already fails (a token expired or forged), and the facts
 * the gate recorded. The journal's writer decides a whole group of them at once.
 */
public record GateAttempt(long checkpointId, Instant at, Direction direction, BigDecimal temperature, boolean fever, String plate,
                          String method, String operator, String reference, String idNumber, ScanReason failure, TokenUse token) {
}
