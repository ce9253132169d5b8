package io.gridguard.healthcode;

import java.util.List;

/** What a person (or staff on their behalf) submits: why the code is wrong, and where they have been. */
public record NewRecheck(Long personId, String statement, List<RecheckView.Stop> itinerary) {
}
