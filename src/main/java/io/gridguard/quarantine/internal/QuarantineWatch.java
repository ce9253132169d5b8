package io.gridguard.quarantine.internal;

import java.time.Clock;

import io.gridguard.quarantine.HealthReports;
import io.gridguard.quarantine.QuarantineSites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each minute: reminders and alerts for missing health reports, and overdue disinfection rounds. */
@Component
class QuarantineWatch {

    private static final Logger log = LoggerFactory.getLogger(QuarantineWatch.class);

    private final HealthReports reports;
    private final QuarantineSites sites;
    private final Clock clock;

    QuarantineWatch(HealthReports reports, QuarantineSites sites, Clock clock) {
        this.reports = reports;
        this.sites = sites;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void run() {
        try {
            int raised = reports.watch(clock.instant()) + sites.watchDisinfection(clock.instant());
            if (raised > 0) {
                log.info("Quarantine watch raised {} reminders and alerts", raised);
            }
        } catch (RuntimeException failed) {
            // the next minute tries again; alerts are raised once whichever run gets there
            log.warn("Quarantine watch failed: {}", failed.toString());
        }
    }
}
