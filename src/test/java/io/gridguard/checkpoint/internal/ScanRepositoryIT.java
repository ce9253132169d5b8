package io.gridguard.checkpoint.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.checkpoint.internal.ScanRepository.TokenUse;
import io.gridguard.healthcode.Colour;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the scan journal's groups are stored, on H2 and PostgreSQL: the scans of a group in one statement, each answered
 * with its own id; and a QR token's use claimed in the scan's transaction, once.
 */
class ScanRepositoryIT extends IntegrationTest {

    @Autowired
    ScanRepository scans;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TokenUseSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGroupOfScansIsStoredInItsOrderEachWithItsOwnId() {
        long checkpoint = 1_000_000 + new java.util.Random().nextInt(1_000_000);
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<ScanRow> rows = group(checkpoint, at, false);
        List<Long> ids = transactions.execute(status -> scans.insertAll(rows));

        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
        assertStoredAsGiven(checkpoint, at, rows, ids);
        long alone = scans.store(List.of(rows.get(1))).getFirst().id();
        assertThat(alone).as("one scan alone").isGreaterThan(ids.getLast());
    }

    /**
     * The journal's way on either database (on PostgreSQL one statement): every column, nulls among them, times to the
     * microsecond, and each token's expiry come back as given.
     */
    @Test
    void aStoredGroupKeepsEveryColumnAndEachTokensExpiry() {
        long checkpoint = 3_000_000 + new java.util.Random().nextInt(1_000_000);
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusNanos(123_000);
        List<ScanRow> rows = group(checkpoint, at, true);

        List<ScanRepository.Stored> stored = scans.store(rows);

        assertThat(stored).extracting(ScanRepository.Stored::row).containsExactlyElementsOf(rows);
        assertStoredAsGiven(checkpoint, at, rows, stored.stream().map(ScanRepository.Stored::id).toList());
        for (ScanRow row : rows) {
            if (row.token() != null) {
                assertThat(jdbc.sql("SELECT expires_at FROM gate_token_use WHERE token_hash = ?").param(row.token().hash())
                        .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(row.token().expiresAt());
            }
        }
    }

    /** 40 scans at a checkpoint from {@code at} on, a millisecond apart, with nulls and, if asked, a token every third. */
    private static List<ScanRow> group(long checkpoint, Instant at, boolean tokens) {
        List<ScanRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new ScanRow(checkpoint, i % 3 == 0 ? null : (long) i, at.plusMillis(i), i % 2 == 0 ? Direction.IN : Direction.OUT,
                    new BigDecimal("35.0").add(BigDecimal.valueOf(i, 1)), i % 4 == 0 ? null : "浙A" + i, "ID",
                    i % 5 == 0 ? Decision.DENY : Decision.PASS, i % 7 == 0 ? null : Colour.GREEN,
                    i % 5 == 0 ? ScanReason.FEVER : ScanReason.GREEN_CODE, "gate1", tokens && i % 3 == 1 ? token(at.plusSeconds(120 + i)) : null));
        }
        return rows;
    }

    private void assertStoredAsGiven(long checkpoint, Instant at, List<ScanRow> rows, List<Long> ids) {
        var stored = scans.latest(List.of(checkpoint), at.minusSeconds(1), at.plusSeconds(1), null, 100, 0);
        assertThat(stored).hasSize(rows.size());
        for (ScanRepository.Line line : stored) {
            ScanRow row = rows.get(ids.indexOf(line.id()));
            assertThat(line).as("scan %d", line.id()).returns(row.personId(), ScanRepository.Line::personId)
                    .returns(row.at(), ScanRepository.Line::at).returns(row.direction(), ScanRepository.Line::direction)
                    .returns(row.temperature(), ScanRepository.Line::temperature).returns(row.plate(), ScanRepository.Line::plate)
                    .returns(row.decision(), ScanRepository.Line::decision).returns(row.colour(), ScanRepository.Line::colour)
                    .returns(row.reason(), ScanRepository.Line::reason);
        }
    }

    @Test
    void aGroupClaimsEachTokenOnceAndRefusesTokensShownBefore() {
        Instant expires = Instant.now().plusSeconds(120);
        TokenUse a = token(expires), b = token(expires), before = token(expires);
        assertThat(transactions.execute(status -> scans.store(List.of(row(before))).getFirst().row()).reason()).isEqualTo(ScanReason.GREEN_CODE);

        List<ScanRow> decided = transactions.execute(status -> scans.useTokens(List.of(row(a), row(null), row(b), row(a), row(before))));

        assertThat(decided).extracting(ScanRow::reason).containsExactly(ScanReason.GREEN_CODE, ScanReason.GREEN_CODE,
                ScanReason.GREEN_CODE, ScanReason.REPLAYED_TOKEN, ScanReason.REPLAYED_TOKEN);
        assertThat(decided.get(3).decision()).isEqualTo(Decision.DENY);
        assertThat(decided.get(0).token()).as("the first showing keeps its token").isEqualTo(a);
        assertThat(transactions.execute(status -> scans.store(List.of(row(b))).getFirst().row()).reason()).isEqualTo(ScanReason.REPLAYED_TOKEN);
    }

    /** The journal's way: tokens claimed and scans inserted together, committed on return (one statement on PostgreSQL). */
    @Test
    void storedScansUseTheirTokensOnceInOrderAndCommitOnReturn() {
        Instant expires = Instant.now().plusSeconds(120);
        TokenUse a = token(expires), b = token(expires), before = token(expires);
        scans.store(List.of(row(before)));
        List<ScanRow> rows = List.of(row(a), row(null), row(b), row(a), row(before));

        List<ScanRepository.Stored> stored = scans.store(rows);

        assertThat(stored).extracting(s -> s.row().reason()).containsExactly(ScanReason.GREEN_CODE, ScanReason.GREEN_CODE,
                ScanReason.GREEN_CODE, ScanReason.REPLAYED_TOKEN, ScanReason.REPLAYED_TOKEN);
        assertThat(stored).extracting(ScanRepository.Stored::id).isSorted().doesNotHaveDuplicates();
        assertThat(stored.get(0).row()).as("the first showing is stored as it came").isEqualTo(rows.get(0));
        for (ScanRepository.Stored scan : stored) {
            assertThat(jdbc.sql("SELECT decision || ' ' || reason FROM gate_scan WHERE id = ?").param(scan.id()).query(String.class).single())
                    .as("scan %d as committed", scan.id()).isEqualTo(scan.row().decision() + " " + scan.row().reason());
        }
        assertThat(transactions.execute(status -> scans.store(List.of(row(b))).getFirst().row()).reason()).as("b's use committed").isEqualTo(ScanReason.REPLAYED_TOKEN);
    }

    @Test
    void aStoreThatFailsLeavesItsTokensUnusedAndStoresNothing() {
        long checkpoint = 2_000_000 + new java.util.Random().nextInt(1_000_000);
        TokenUse token = token(Instant.now().plusSeconds(120));
        ScanRow good = new ScanRow(checkpoint, 2L, Instant.now(), Direction.IN, new BigDecimal("36.5"), null, "QR", Decision.PASS,
                Colour.GREEN, ScanReason.GREEN_CODE, "gate1", token);
        ScanRow bad = new ScanRow(checkpoint, 2L, Instant.now(), Direction.IN, new BigDecimal("36.5"), null, "ID", Decision.PASS,
                Colour.GREEN, ScanReason.GREEN_CODE, null, null);

        assertThatThrownBy(() -> scans.store(List.of(good, bad))).as("a scan without its operator").isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM gate_scan WHERE checkpoint_id = ?").param(checkpoint).query(Long.class).single()).isZero();
        assertThat(scans.store(List.of(good)).getFirst().row().reason()).as("the token still unused").isEqualTo(ScanReason.GREEN_CODE);
    }

    @Test
    void aClaimRolledBackLeavesTheTokenUnused() {
        TokenUse token = token(Instant.now().plusSeconds(120));
        transactions.executeWithoutResult(status -> {
            assertThat(scans.store(List.of(row(token))).getFirst().row().reason()).isEqualTo(ScanReason.GREEN_CODE);
            status.setRollbackOnly();
        });
        assertThat(transactions.execute(status -> scans.store(List.of(row(token))).getFirst().row()).reason()).isEqualTo(ScanReason.GREEN_CODE);
    }

    @Test
    void twoTransactionsShowingOneTokenAtOnceLetOneThrough() throws Exception {
        TokenUse token = token(Instant.now().plusSeconds(120));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ScanReason> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            ScanReason reason = scans.store(List.of(row(token))).getFirst().row().reason();
            claimed.countDown();
            await(release);
            return reason;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ScanReason> second = CompletableFuture.supplyAsync(() -> transactions.execute(status -> scans.store(List.of(row(token))).getFirst().row().reason()));
        Thread.sleep(300);
        assertThat(second).as("the second waits for the first to end").isNotDone();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(ScanReason.GREEN_CODE);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(ScanReason.REPLAYED_TOKEN);
    }

    @Test
    void theSweepForgetsTheUsesOfExpiredTokensOnly() {
        Instant now = Instant.now();
        TokenUse expired = token(now.minus(Duration.ofMinutes(2))), valid = token(now.plus(Duration.ofMinutes(2)));
        transactions.execute(status -> scans.useTokens(List.of(row(expired), row(valid))));

        Integer forgotten = transactions.execute(status -> scans.forgetTokensExpiredBefore(now.minus(Duration.ofMinutes(1))));
        assertThat(forgotten).isPositive();

        assertThat(transactions.execute(status -> scans.store(List.of(row(valid))).getFirst().row()).reason()).as("still remembered").isEqualTo(ScanReason.REPLAYED_TOKEN);
        assertThat(transactions.execute(status -> scans.store(List.of(row(expired))).getFirst().row()).reason()).as("forgotten").isEqualTo(ScanReason.GREEN_CODE);
    }

    /** The minute's sweep, as scheduled: expired uses forgotten, and on PostgreSQL their dead rows vacuumed away. */
    @Test
    void theScheduledSweepForgetsExpiredUsesAndVacuumsOnPostgres() {
        Instant now = Instant.now();
        TokenUse expired = token(now.minus(Duration.ofMinutes(3))), valid = token(now.plus(Duration.ofMinutes(2)));
        transactions.execute(status -> scans.useTokens(List.of(row(expired), row(valid))));
        long vacuumsBefore = vacuums();

        sweep.sweep();

        assertThat(transactions.execute(status -> scans.store(List.of(row(valid))).getFirst().row()).reason()).isEqualTo(ScanReason.REPLAYED_TOKEN);
        assertThat(transactions.execute(status -> scans.store(List.of(row(expired))).getFirst().row()).reason()).isEqualTo(ScanReason.GREEN_CODE);
        if (TestDatabase.isPostgres()) {
            // greater, not one more: the application's own minute's sweep may vacuum in between as well
            assertThat(vacuums()).as("gate_token_use vacuumed").isGreaterThan(vacuumsBefore);
        }
    }

    private long vacuums() {
        return TestDatabase.isPostgres()
                ? jdbc.sql("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'gate_token_use'").query(Long.class).single()
                : 0;
    }

    private static TokenUse token(Instant expires) {
        return TokenUse.of("GG2." + UUID.randomUUID(), expires);
    }

    private static ScanRow row(TokenUse token) {
        return new ScanRow(1, 2L, Instant.now(), Direction.IN, new BigDecimal("36.5"), null, token == null ? "ID" : "QR",
                Decision.PASS, Colour.GREEN, ScanReason.GREEN_CODE, "gate1", token);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
