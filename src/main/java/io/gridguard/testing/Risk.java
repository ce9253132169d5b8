package io.gridguard.testing;

import io.gridguard.healthcode.Colour;

/** How a sample is pooled: by the person's code when sampled (red: high, yellow: medium, green: low). */
public enum Risk {
    LOW, MEDIUM, HIGH;

    static Risk of(Colour colour) {
        return switch (colour) {
            case RED -> HIGH;
            case YELLOW -> MEDIUM;
            case GREEN -> LOW;
        };
    }

    public String messageKey() {
        return "testing.risk." + name();
    }
}
