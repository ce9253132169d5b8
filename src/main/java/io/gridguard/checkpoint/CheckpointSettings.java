package io.gridguard.checkpoint;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone the district's time zone: days and hours of the figures are counted in it */
@ConfigurationProperties("gridguard.checkpoint")
public record CheckpointSettings(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
