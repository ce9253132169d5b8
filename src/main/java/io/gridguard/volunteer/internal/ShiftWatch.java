package io.gridguard.volunteer.internal;

import java.time.Clock;

import io.gridguard.volunteer.Volunteers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each minute: attendances nobody checked out well after their shift ended are closed at the shift's end. */
@Component
class ShiftWatch {

    private static final Logger log = LoggerFactory.getLogger(ShiftWatch.class);

    private final Volunteers volunteers;
    private final Clock clock;

    ShiftWatch(Volunteers volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void run() {
        try {
            int closed = volunteers.closeForgotten(clock.instant());
            if (closed > 0) {
                log.info("{} volunteer attendances closed at their shift's end (nobody checked out)", closed);
            }
        } catch (RuntimeException failed) {
            log.warn("Volunteer shift watch failed: {}", failed.toString());
        }
    }
}
