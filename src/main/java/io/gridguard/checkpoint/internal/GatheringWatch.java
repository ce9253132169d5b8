package io.gridguard.checkpoint.internal;

import java.time.Clock;

import io.gridguard.checkpoint.Gatherings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each minute: the gathering rule over the last window of scans and check-ins. */
@Component
class GatheringWatch {

    private static final Logger log = LoggerFactory.getLogger(GatheringWatch.class);

    private final Gatherings gatherings;
    private final Clock clock;

    GatheringWatch(Gatherings gatherings, Clock clock) {
        this.gatherings = gatherings;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void run() {
        try {
            var raised = gatherings.check(clock.instant());
            if (!raised.isEmpty()) {
                log.info("Gathering rule: events {}", raised);
            }
        } catch (RuntimeException failed) {
            log.warn("Gathering rule failed: {}", failed.toString());
        }
    }
}
