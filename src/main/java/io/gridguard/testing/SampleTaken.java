package io.gridguard.testing;

/** The sampler's answer: the tube, its risk and how full it is (sealed when full), the person masked. */
public record SampleTaken(long sampleId, String tube, Risk risk, int inTube, int capacity, boolean sealed, String name,
                          String idNumber) {
}
