package io.gridguard.testing;

/** A lab result for a tube, and what it did: how many people it reached, how many were recalled for a retest. */
public record TubeResult(String tube, TestResult result, int people, int recalled) {
}
