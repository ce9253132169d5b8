package io.gridguard.dispatch;

/** A visit as recorded: to a household (a place) or a person, by door or call, what it found, a note. */
public record NewVisit(VisitKind kind, Long placeId, Long personId, VisitOutcome outcome, String note) {
}
