package io.gridguard.healthcode;

/**
 * The counts at which an indicator turns a place yellow and red; {@code null} when it never does.
 */
public record RiskThreshold(Integer yellowAt, Integer redAt) {

    /** The colour a place takes from this indicator's value. */
    public Colour colourOf(long value) {
        if (redAt != null && value >= redAt) {
            return Colour.RED;
        }
        if (yellowAt != null && value >= yellowAt) {
            return Colour.YELLOW;
        }
        return Colour.GREEN;
    }

    /** The count at which the place takes {@code colour}, or null. */
    public Integer at(Colour colour) {
        return colour == Colour.RED ? redAt : colour == Colour.YELLOW ? yellowAt : null;
    }
}
