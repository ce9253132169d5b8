package io.gridguard.checkpoint.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for gate scans. Each request hands its scan over and waits; one writer takes everything that
 * is waiting (up to {@value #MOST} scans), inserts it in one batch, commits once, and only then lets each
 * request answer with its scan's id. A checkpoint at rush hour thus costs one commit per group instead of
 * one per person, and a scan is acknowledged only once it is durable.
 */
@Component
public class ScanJournal {

    private static final Logger log = LoggerFactory.getLogger(ScanJournal.class);
    static final int MOST = 256;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private record Waiting(ScanRow row, CompletableFuture<Long> stored) {
    }

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final ScanRepository scans;
    private final TransactionTemplate transactions;
    private final Thread writer;
    private volatile boolean open = true;

    ScanJournal(ScanRepository scans, TransactionTemplate transactions) {
        this.scans = scans;
        this.transactions = transactions;
        this.writer = Thread.ofPlatform().name("scan-journal").daemon().start(this::write);
    }

    /** Stores the scan and answers its id once committed; throws if it could not be stored. */
    public long append(ScanRow row) {
        if (!open) {
            throw new IllegalStateException("The scan journal is closed: the application is stopping");
        }
        Waiting waiting = new Waiting(row, new CompletableFuture<>());
        queue.add(waiting);
        try {
            return waiting.stored().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the scan was being stored", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The scan was not stored within " + PATIENCE, e);
        }
    }

    private void write() {
        List<Waiting> group = new ArrayList<>(MOST);
        while (open || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MOST - 1);
                store(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void store(List<Waiting> group) {
        try {
            List<Long> ids = transactions.execute(status -> scans.insertAll(group.stream().map(Waiting::row).toList()));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).stored().complete(ids.get(i));
            }
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.getFirst().stored().completeExceptionally(groupFailed);
                return;
            }
            // One bad row must not cost the others their place: each is tried alone.
            log.warn("A group of {} scans failed to store; storing them one by one", group.size(), groupFailed);
            for (Waiting waiting : group) {
                try {
                    waiting.stored().complete(transactions.execute(status -> scans.insert(waiting.row())));
                } catch (RuntimeException failed) {
                    waiting.stored().completeExceptionally(failed);
                }
            }
        }
    }

    /** Stops taking scans and stores those already handed over before the database goes away. */
    @PreDestroy
    void close() throws InterruptedException {
        open = false;
        writer.join(PATIENCE.toMillis());
    }
}
