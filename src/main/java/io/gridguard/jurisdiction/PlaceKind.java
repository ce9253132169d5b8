package io.gridguard.jurisdiction;

/** The kinds of place a grid holds. Buildings sit in compounds, households in buildings. */
public enum PlaceKind {
    COMPOUND, BUILDING, HOUSEHOLD, RENTAL_APARTMENT, CHECKPOINT, ENTERPRISE_SITE, QUARANTINE_SITE, TEST_SITE;

    public String messageKey() {
        return "place.kind." + name();
    }
}
