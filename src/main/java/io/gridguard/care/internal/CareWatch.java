package io.gridguard.care.internal;

import java.time.Clock;

import io.gridguard.care.Care;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each minute: needs past their due time raise their event. */
@Component
class CareWatch {

    private static final Logger log = LoggerFactory.getLogger(CareWatch.class);

    private final Care care;
    private final Clock clock;

    CareWatch(Care care, Clock clock) {
        this.care = care;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void run() {
        try {
            int raised = care.watch(clock.instant());
            if (raised > 0) {
                log.info("{} care tasks overdue: events raised", raised);
            }
        } catch (RuntimeException failed) {
            log.warn("Care watch failed: {}", failed.toString());
        }
    }
}
