package io.gridguard.cockpit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param freshSeconds how long a scope's figures are kept before they are counted again
 * @param zone         the district's time zone: a daily report's day
 */
@ConfigurationProperties("gridguard.cockpit")
public record CockpitSettings(@DefaultValue("15") int freshSeconds, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {
}
