package io.gridguard.cockpit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param freshSeconds how long a scope's figures are kept before they are counted again
 * @param zone         the district's time zone: a daily report's day
 * @param riskMapEvery how often the risk map is evaluated
 * @param tileUrl      a map tile layer for the risk map ({z}/{x}/{y}), when the district has one of its own; without it
 *                     the map draws the jurisdiction's outlines only, and nothing is loaded from anywhere else
 */
@ConfigurationProperties("gridguard.cockpit")
public record CockpitSettings(@DefaultValue("15") int freshSeconds, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone,
                              @DefaultValue("PT1M") java.time.Duration riskMapEvery, @DefaultValue("") String tileUrl) {
}
