package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.gridguard.checkpoint.CheckpointSettings;
import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.healthcode.Colour;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The journal's waits have no time limit, so every scan handed over must be answered, whatever the writer meets. */
class ScanJournalTests {

    private static final ScanRow ROW = new ScanRow(1, 2L, Instant.parse("2026-12-04T08:00:00Z"), Direction.IN,
            new BigDecimal("36.5"), null, "ID", Decision.PASS, Colour.GREEN, ScanReason.GREEN_CODE, "gate1", null);

    private static final GateAttempt ATTEMPT = new GateAttempt(1, ROW.at(), Direction.IN, ROW.temperature(), false, null, "ID",
            "gate1", null, "330188194201010006", null, null);
    private static final GateAttempt FEVER = new GateAttempt(1, ROW.at(), Direction.IN, new BigDecimal("38.2"), true, null, "ID",
            "gate1", null, "330188194201010006", null, null);

    /**
     * Decides every attempt as ROW (a fever: denied, with consequences), or throws while {@code broken} is set, or
     * meets a lock conflict the next {@code conflicts} times.
     */
    private static final class Decider implements ScanDecider {
        final AtomicBoolean broken = new AtomicBoolean();
        final AtomicInteger conflicts = new AtomicInteger();
        final List<Integer> groups = new CopyOnWriteArrayList<>();

        @Override
        public List<Decided> decide(List<GateAttempt> attempts) {
            if (broken.get()) {
                throw new IllegalStateException("people away");
            }
            if (conflicts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new CannotAcquireLockException("deadlock detected");
            }
            groups.add(attempts.size());
            return attempts.stream().map(a -> new Decided(a.fever() ? new ScanRow(1, 2L, a.at(), a.direction(), a.temperature(), null,
                    "ID", Decision.DENY, Colour.GREEN, ScanReason.FEVER, "gate1", null) : ROW, null, null, a.fever())).toList();
        }
    }

    /** A repository that stores in memory, or fails with an Error (not an exception) while {@code broken} is set. */
    private static final class Scans extends ScanRepository {
        final AtomicBoolean broken = new AtomicBoolean();
        long next = 1;

        Scans() {
            super(null, null, null);
        }

        @Override
        public synchronized List<Stored> store(List<ScanRow> rows) {
            if (broken.get()) {
                throw new AssertionError("the disk is on fire");
            }
            return rows.stream().map(row -> new Stored(next++, row)).toList();
        }
    }

    private final Scans scans = new Scans();
    private final Decider decider = new Decider();
    private final ScanJournal journal = new ScanJournal(scans, decider, new SimpleMeterRegistry(),
            new CheckpointSettings(ZoneId.of("Asia/Shanghai"), Duration.ofMillis(1), 2));

    @AfterEach
    void close() throws InterruptedException {
        journal.close();
    }

    @Test
    void aScanIsAnsweredWithItsId() {
        ScanRepository.Stored stored = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> journal.append(ATTEMPT)).stored();
        assertThat(stored.id()).isEqualTo(1);
        assertThat(stored.row()).isEqualTo(ROW);
    }

    @Test
    void attemptsWaitingTogetherAreDecidedAsOneGroupAndAScanWithConsequencesIsHandedBackUnstored() throws Exception {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var plain = new ArrayList<Future<ScanJournal.Answer>>();
            for (int i = 0; i < 20; i++) {
                plain.add(pool.submit(() -> journal.append(ATTEMPT)));
            }
            var fever = pool.submit(() -> journal.append(FEVER));
            var ids = new HashSet<Long>();
            for (var answer : plain) {
                ids.add(answer.get(5, TimeUnit.SECONDS).stored().id());
            }
            assertThat(ids).hasSize(20);
            ScanJournal.Answer feverish = fever.get(5, TimeUnit.SECONDS);
            assertThat(feverish.stored()).isNull();
            assertThat(feverish.decided().row().reason()).isEqualTo(ScanReason.FEVER);
        }
        assertThat(scans.next).isEqualTo(21);
        // 21 attempts handed over within the writer's linger or while it stored: fewer groups than attempts
        assertThat(decider.groups.stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
        assertThat(decider.groups.size()).isLessThan(21);
    }

    @Test
    void aLoneScanWaitsTheLingerForCompanyButAFilledGroupGoesAtOnce() throws Exception {
        Duration linger = Duration.ofMillis(600);
        ScanJournal patient = new ScanJournal(scans, decider, new SimpleMeterRegistry(),
                new CheckpointSettings(ZoneId.of("Asia/Shanghai"), linger, 1));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long started = System.nanoTime();
            assertThat(pool.submit(() -> patient.append(ATTEMPT)).get(5, TimeUnit.SECONDS).stored()).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(linger);

            started = System.nanoTime();
            var answers = new ArrayList<Future<ScanJournal.Answer>>();
            for (int i = 0; i < ScanJournal.FILLED; i++) {
                answers.add(pool.submit(() -> patient.append(ATTEMPT)));
            }
            for (var answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS).stored()).isNotNull();
            }
            // a group's worth waiting: stored without sleeping out the linger
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(linger.dividedBy(2));
        } finally {
            patient.close();
        }
        assertThat(decider.groups.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1 + ScanJournal.FILLED);
    }

    @Test
    void aGroupThatCannotBeDecidedIsAnsweredAsNotStored() {
        decider.broken.set(true);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> journal.append(ATTEMPT)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not stored"));
        decider.broken.set(false);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> journal.append(ATTEMPT)).stored().id()).isEqualTo(1);
    }

    @Test
    void aGroupIsDecidedAgainAfterAPassingConflictAndFailsOnlyWhenItLasts() {
        decider.conflicts.set(ScanJournal.TRIES - 1);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> journal.append(ATTEMPT)).stored().id()).isEqualTo(1);
        assertThat(decider.conflicts.get()).isZero();
        decider.conflicts.set(ScanJournal.TRIES);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> journal.append(ATTEMPT)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not stored"));
        assertThat(decider.conflicts.get()).isZero();
        assertThat(scans.next).isEqualTo(2);
    }

    @Test
    void aWriterThatMeetsAnErrorAnswersTheScanAsNotStoredAndGoesOn() {
        scans.broken.set(true);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> journal.append(ATTEMPT)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not stored"));
        scans.broken.set(false);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> journal.append(ATTEMPT)).stored().id()).isEqualTo(1);
    }

    @Test
    void aLingerOfMoreThanASecondOrANumberOfWritersOutside1To8IsRefusedAtStartUp() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertThatThrownBy(() -> new CheckpointSettings(zone, Duration.ofSeconds(2), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan-linger");
        assertThatThrownBy(() -> new CheckpointSettings(zone, Duration.ofMillis(-1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckpointSettings(zone, Duration.ofMillis(10), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan-writers");
        assertThatThrownBy(() -> new CheckpointSettings(zone, Duration.ofMillis(10), 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan-writers");
    }

    @Test
    void aClosedJournalRefusesScans() throws InterruptedException {
        journal.close();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> journal.append(ATTEMPT)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("closed"));
    }
}
