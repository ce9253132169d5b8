package io.gridguard.testing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many samples share a tube, by risk: 10 in 1 for low risk, 5 in 1 for medium, one per tube for high.
 *
 * @param lowPool    samples per tube for people with a green code
 * @param mediumPool samples per tube for people with a yellow code
 * @param highPool   samples per tube for people with a red code (1: each alone)
 */
@ConfigurationProperties("gridguard.testing")
public record TestingSettings(@DefaultValue("10") int lowPool, @DefaultValue("5") int mediumPool, @DefaultValue("1") int highPool) {

    int capacity(Risk risk) {
        return switch (risk) {
            case LOW -> lowPool;
            case MEDIUM -> mediumPool;
            case HIGH -> highPool;
        };
    }
}
