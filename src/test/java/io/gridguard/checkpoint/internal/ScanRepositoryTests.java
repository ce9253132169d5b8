package io.gridguard.checkpoint.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScanRepositoryTests {

    /** A time goes to PostgreSQL as microseconds, rounded to the nearest as the database rounds one it reads as text. */
    @Test
    void timesAreSentInMicrosecondsRoundedToTheNearest() {
        Instant second = Instant.parse("2026-12-06T08:00:00Z");
        long micros = second.getEpochSecond() * 1_000_000;
        assertThat(ScanRepository.micros(second)).isEqualTo(micros);
        assertThat(ScanRepository.micros(second.plusNanos(123_499))).isEqualTo(micros + 123);
        assertThat(ScanRepository.micros(second.plusNanos(123_500))).isEqualTo(micros + 124);
        assertThat(ScanRepository.micros(second.plusNanos(999_999_999))).isEqualTo(micros + 1_000_000);
    }
}
