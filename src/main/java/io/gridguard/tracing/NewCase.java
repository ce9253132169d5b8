package io.gridguard.tracing;

import java.time.LocalDate;

/** A case as a tracer confirms it; the diagnosis date is today when not given. */
public record NewCase(Long personId, Classification classification, LocalDate onsetDate, LocalDate diagnosisDate,
                      CaseSource source, String originRegion) {
}
