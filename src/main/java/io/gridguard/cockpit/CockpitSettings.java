package io.gridguard.cockpit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param freshSeconds how long a scope's figures are kept before they are counted again */
@ConfigurationProperties("gridguard.cockpit")
public record CockpitSettings(@DefaultValue("15") int freshSeconds) {
}
