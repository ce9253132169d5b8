package io.gridguard.checkpoint;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone        the district's time zone: days and hours of the figures are counted in it
 * @param scanLinger  how long the writer of gate scans waits, once a scan has come, for others to share its commit:
 *                    longer makes bigger groups (fewer commits per scan at rush hour) and a lone gate waits that long
 */
@ConfigurationProperties("gridguard.checkpoint")
public record CheckpointSettings(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("10ms") Duration scanLinger) {

    public CheckpointSettings {
        if (scanLinger.isNegative() || scanLinger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("gridguard.checkpoint.scan-linger must be between 0 and 1s (every gate waits that long)");
        }
    }
}
