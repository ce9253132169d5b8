package io.gridguard.healthcode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A re-check request with the itinerary the person gave, and the clerk's decision once made. */
public record RecheckView(long id, long personId, String maskedName, Colour colour, List<FactKind> reasons, String statement,
                          List<Stop> itinerary, RecheckStatus status, Instant submittedAt, String decidedBy,
                          Instant decidedAt, String decisionReason) {

    public record Stop(String place, LocalDate from, LocalDate to) {
    }
}
