package io.gridguard.checkpoint;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone        the district's time zone: days and hours of the figures are counted in it
 * @param scanLinger  how long at most the writer of gate scans waits, once a scan has come, for others to share its
 *                    commit (it stops waiting once 16 are waiting): longer makes bigger groups when gates are quiet, and
 *                    a lone gate waits that long
 * @param scanWriters how many writers take groups of gate scans at once: while one waits for its commit, another
 *                    decides the next group (one writer alone left the cores idle at rush hour)
 */
@ConfigurationProperties("gridguard.checkpoint")
public record CheckpointSettings(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("2ms") Duration scanLinger,
                                 @DefaultValue("2") int scanWriters) {

    public CheckpointSettings {
        if (scanLinger.isNegative() || scanLinger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("gridguard.checkpoint.scan-linger must be between 0 and 1s (every gate waits that long)");
        }
        if (scanWriters < 1 || scanWriters > 8) {
            throw new IllegalArgumentException("gridguard.checkpoint.scan-writers must be between 1 and 8 (each holds a database connection)");
        }
    }
}
