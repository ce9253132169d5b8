package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import io.gridguard.checkpoint.CheckpointSettings;
import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.healthcode.Colour;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The journal's waits have no time limit, so every scan handed over must be answered, whatever the writer meets. */
class ScanJournalTests {

    private static final ScanRow ROW = new ScanRow(1, 2L, Instant.parse("2026-12-04T08:00:00Z"), Direction.IN,
            new BigDecimal("36.5"), null, "ID", Decision.PASS, Colour.GREEN, ScanReason.GREEN_CODE, "gate1", null);

    /** A repository that stores in memory, or fails with an Error (not an exception) while {@code broken} is set. */
    private static final class Scans extends ScanRepository {
        final AtomicBoolean broken = new AtomicBoolean();
        long next = 1;

        Scans() {
            super(null, null);
        }

        @Override
        public List<ScanRow> useTokens(List<ScanRow> rows) {
            return rows;
        }

        @Override
        public ScanRow useToken(ScanRow row) {
            return row;
        }

        @Override
        public synchronized List<Long> insertAll(List<ScanRow> rows) {
            if (broken.get()) {
                throw new AssertionError("the disk is on fire");
            }
            long first = next;
            next += rows.size();
            return LongStream.range(first, next).boxed().toList();
        }
    }

    /** Runs each callback at once, as a transaction that always commits would. */
    private static final TransactionTemplate AT_ONCE = new TransactionTemplate() {
        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            return action.doInTransaction(null);
        }
    };

    private final Scans scans = new Scans();
    private final ScanJournal journal = new ScanJournal(scans, AT_ONCE, Clock.systemUTC(), new SimpleMeterRegistry(),
            new CheckpointSettings(ZoneId.of("Asia/Shanghai"), Duration.ofMillis(1)));

    @AfterEach
    void close() throws InterruptedException {
        journal.close();
    }

    @Test
    void aScanIsAnsweredWithItsId() {
        ScanJournal.Stored stored = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> journal.append(ROW));
        assertThat(stored.id()).isEqualTo(1);
        assertThat(stored.row()).isEqualTo(ROW);
    }

    @Test
    void aWriterThatMeetsAnErrorAnswersTheScanAsNotStoredAndGoesOn() {
        scans.broken.set(true);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> journal.append(ROW)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not stored"));
        scans.broken.set(false);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> journal.append(ROW)).id()).isEqualTo(1);
    }

    @Test
    void aLingerOfMoreThanASecondIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CheckpointSettings(ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan-linger");
        assertThatThrownBy(() -> new CheckpointSettings(ZoneId.of("Asia/Shanghai"), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedJournalRefusesScans() throws InterruptedException {
        journal.close();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> journal.append(ROW)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("closed"));
    }
}
