package io.gridguard.healthcode;

/** A health code's colour, ordered by severity. */
public enum Colour {
    GREEN, YELLOW, RED;

    public Colour worst(Colour other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String messageKey() {
        return "healthcode.colour." + name();
    }
}
