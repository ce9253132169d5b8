package io.gridguard.checkpoint;

import io.gridguard.healthcode.Colour;

/** The decision as the gate shows it; the person only masked. */
public record ScanResult(long scanId, Decision decision, Colour colour, ScanReason reason, MaskedPerson person) {

    public record MaskedPerson(String name, String idNumber) {
    }
}
