package io.gridguard.checkpoint;

import java.math.BigDecimal;

/** One attempt at a gate: a QR token or an ID number, the temperature taken, the direction, a plate for vehicles. */
public record ScanRequest(String token, String idNumber, BigDecimal temperature, Direction direction, String plate) {
}
