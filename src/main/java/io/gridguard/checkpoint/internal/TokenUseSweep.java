package io.gridguard.checkpoint.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a minute: forgets the uses of QR tokens that expired more than a minute ago, then (PostgreSQL) vacuums their
 * table. The table holds a few minutes of uses, but a busy gate deletes hundreds of thousands of rows a minute; until a
 * vacuum their dead rows stay in the heap and in the key every new use is checked against. Autovacuum sees to that where
 * it runs, late and in bursts; the PostgreSQL of this project's machines runs without it (conf.d/90-ci.conf), and there
 * the table had grown to 351 MB and its key to 400 MB for 251,219 live rows after an afternoon of gate benchmarks, each
 * token scan paying for it. Off the scan writers' threads, which the delete and the vacuum would hold up. Every
 * instance sweeps; a vacuum another instance is running is skipped.
 */
@Component
class TokenUseSweep {

    private static final Logger log = LoggerFactory.getLogger(TokenUseSweep.class);
    private static final Duration GRACE = Duration.ofMinutes(1);

    private final ScanRepository scans;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TokenUseSweep(ScanRepository scans, TransactionTemplate transactions, Clock clock) {
        this.scans = scans;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void sweep() {
        try {
            transactions.executeWithoutResult(status -> scans.forgetTokensExpiredBefore(clock.instant().minus(GRACE)));
            scans.compactTokenUses();
        } catch (RuntimeException e) {
            log.warn("Could not forget expired gate tokens; trying again in a minute", e);
        }
    }
}
