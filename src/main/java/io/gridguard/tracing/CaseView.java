package io.gridguard.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.gridguard.shared.NodePath;

/** A case as its pages and the API show it: the person masked, the contacts counted by status. */
public record CaseView(long id, long personId, String maskedName, NodePath path, Classification classification,
                       LocalDate onsetDate, LocalDate diagnosisDate, CaseSource source, String originRegion,
                       CaseOutcome outcome, String confirmedBy, Instant confirmedAt, Map<ContactStatus, Long> contacts) {
}
