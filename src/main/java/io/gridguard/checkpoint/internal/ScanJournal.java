package io.gridguard.checkpoint.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import io.gridguard.checkpoint.CheckpointSettings;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.checkpoint.internal.ScanRepository.Stored;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Group commit for gate scans. Each request hands its attempt over and waits; a writer (one of
 * {@link CheckpointSettings#scanWriters()}) takes everything that is waiting (up to {@value #MOST} attempts), decides
 * the group at once (its people and codes read in one query each, {@link ScanDecider}), uses up its QR tokens and
 * inserts its rows in one commit ({@link ScanRepository#store}), and only then lets each request answer with its scan's id. A
 * checkpoint at rush hour thus costs one commit and a few statements per group instead of a commit and two reads per
 * person, and a scan is acknowledged only once it is durable. A scan with consequences (a fever, a red code, a pass
 * used) is decided here but handed back unstored: the request stores it with its consequences.
 */
@Component
public class ScanJournal {

    private static final Logger log = LoggerFactory.getLogger(ScanJournal.class);
    static final int MOST = 256;
    static final int TRIES = 3;
    static final int FILLED = 16;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private record Waiting(GateAttempt attempt, CompletableFuture<Answer> answer) {
    }

    /** An attempt decided, and stored (null: it has consequences, and the request stores it with them). */
    public record Answer(ScanDecider.Decided decided, Stored stored) {
    }

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final ScanRepository scans;
    private final ScanDecider decider;
    private final List<Thread> writers;
    /** Writer n's thread while it gathers a group (null otherwise): the scan that fills the group wakes it. */
    private final AtomicReferenceArray<Thread> gathering;
    private final DistributionSummary groups;
    private final Duration linger;
    private volatile boolean open = true;

    ScanJournal(ScanRepository scans, ScanDecider decider, MeterRegistry meters, CheckpointSettings settings) {
        // At rush hour the scans of a few milliseconds share a commit (without a linger, groups were of two or three
        // scans and each commit cost more than its scans).
        this.linger = settings.scanLinger();
        this.groups = DistributionSummary.builder("gridguard.checkpoint.scan.group").description("Scans stored per commit")
                .baseUnit("scans").register(meters);
        this.scans = scans;
        this.decider = decider;
        this.gathering = new AtomicReferenceArray<>(settings.scanWriters());
        this.writers = IntStream.range(0, settings.scanWriters())
                .mapToObj(n -> Thread.ofPlatform().daemon().name("scan-journal-" + n).start(() -> write(n)))
                .toList();
    }

    /**
     * Decides the attempt and stores it, answering once committed — or, for a scan with consequences, answers it
     * decided and not stored. Throws if it could not be decided or stored.
     */
    public Answer append(GateAttempt attempt) {
        if (!open) {
            throw closed();
        }
        Waiting waiting = new Waiting(attempt, new CompletableFuture<>());
        queue.add(waiting);
        if (queue.size() >= FILLED - 1) {
            wakeGatherers();
        }
        if (!open && writers.stream().noneMatch(Thread::isAlive) && queue.remove(waiting)) {
            // handed over after the writers' last look at the queue and after close()'s: nobody else will answer it
            throw closed();
        }
        // The wait has no time limit because the writer answers every scan handed to it, stored or failed, and a
        // timed wait costs each scan a timer (a thread woken to set it) that rush hour cannot spare.
        try {
            return waiting.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static IllegalStateException closed() {
        return new IllegalStateException("The scan journal is closed: the application is stopping");
    }

    private void write(int writer) {
        List<Waiting> group = new ArrayList<>(MOST);
        while (open || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                gather(writer);
                queue.drainTo(group, MOST - 1);
                store(group);
            } catch (InterruptedException e) {
                // Nothing here interrupts the writer; if something does, the journal stops taking scans rather than
                // leave later ones waiting for a writer that is gone.
                open = false;
                queue.drainTo(group);
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("The scan journal failed to store a group of {} scans", group.size(), e);
            } finally {
                fail(group);
                group.clear();
            }
        }
    }

    /**
     * Waits, once a scan has come, for others to share its commit: up to the linger, but no longer once {@value #FILLED}
     * are waiting. Sleeping the whole linger at rush hour, when a group fills in a fraction of it, left every gate's
     * request waiting on a sleeping writer: at 64 connections the cores were 10–15% idle. Looking at the queue every
     * 250 µs instead cost a timer and a wake-up per look (11 µs of the writers' processor time per scan); now the
     * writer sleeps until the scan that fills its group wakes it ({@link #wakeGatherers}), once per group rather than
     * once per scan.
     */
    private void gather(int writer) throws InterruptedException {
        long deadline = System.nanoTime() + linger.toNanos();
        gathering.set(writer, Thread.currentThread());
        try {
            for (long left = linger.toNanos(); left > 0 && queue.size() < FILLED - 1; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            gathering.set(writer, null);
        }
    }

    /** Wakes the writers gathering a group, now that a group's worth is waiting. */
    private void wakeGatherers() {
        for (int n = 0; n < gathering.length(); n++) {
            Thread writer = gathering.get(n);
            if (writer != null) {
                LockSupport.unpark(writer);
            }
        }
    }

    /** Answers the scans not answered yet as not stored, so that no request waits for ever. */
    private static void fail(Collection<Waiting> group) {
        for (Waiting waiting : group) {
            // isDone first: after every group, and an exception (its stack trace) per scan already answered cost 0.5% of the samples
            if (!waiting.answer().isDone()) {
                waiting.answer().completeExceptionally(new IllegalStateException("The scan was not stored"));
            }
        }
    }

    private void store(List<Waiting> group) {
        // Decided outside the group's transaction: a code computed for the first time commits on its own.
        List<ScanDecider.Decided> decided = decide(group.stream().map(Waiting::attempt).toList());
        List<Waiting> plain = new ArrayList<>(group.size());
        List<ScanDecider.Decided> plainDecided = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            if (decided.get(i).hasConsequences()) {
                group.get(i).answer().complete(new Answer(decided.get(i), null));
            } else {
                plain.add(group.get(i));
                plainDecided.add(decided.get(i));
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        List<ScanRow> rows = plainDecided.stream().map(ScanDecider.Decided::row).toList();
        try {
            List<Stored> stored = scans.store(rows);
            groups.record(rows.size());
            for (int i = 0; i < plain.size(); i++) {
                plain.get(i).answer().complete(new Answer(plainDecided.get(i), stored.get(i)));
            }
        } catch (RuntimeException groupFailed) {
            // One bad row must not cost the others their place: each is tried alone (a group of one too: what failed
            // may have been passing, such as a lost connection).
            log.warn("A group of {} scans failed to store; storing them one by one", rows.size(), groupFailed);
            for (int i = 0; i < plain.size(); i++) {
                ScanRow row = rows.get(i);
                try {
                    plain.get(i).answer().complete(new Answer(plainDecided.get(i), storeOne(row)));
                } catch (RuntimeException failed) {
                    plain.get(i).answer().completeExceptionally(failed);
                }
            }
        }
    }

    /**
     * The group decided, tried again when the database refused for the moment (a lock conflict or a deadlock with
     * another transaction computing the same people's codes): nothing was written then, and the next try reads
     * what the other committed. Only after {@value #TRIES} tries does the group fail.
     */
    private List<ScanDecider.Decided> decide(List<GateAttempt> attempts) {
        for (int tried = 1; ; tried++) {
            try {
                return decider.decide(attempts);
            } catch (TransientDataAccessException e) {
                if (tried == TRIES) {
                    throw e;
                }
                log.info("Deciding a group of {} scans met a passing conflict ({}); trying again", attempts.size(), e.getClass().getSimpleName());
            }
        }
    }

    /** One scan, in the caller's transaction if there is one: its token used up (or the scan refused as a replay), and stored. */
    public Stored storeOne(ScanRow row) {
        return scans.store(List.of(row)).getFirst();
    }

    /** Stops taking scans and stores those already handed over before the database goes away. */
    @PreDestroy
    void close() throws InterruptedException {
        open = false;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (Thread writer : writers) {
            writer.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        if (writers.stream().noneMatch(Thread::isAlive)) {
            List<Waiting> left = new ArrayList<>();
            queue.drainTo(left);
            fail(left);
        }
    }
}
