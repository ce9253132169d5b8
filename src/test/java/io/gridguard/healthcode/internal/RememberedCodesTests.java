package io.gridguard.healthcode.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.shared.ChangeFeed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedCodesTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RememberedCodes remembered = new RememberedCodes(new HealthCodeSettings(null, null, Duration.ofMinutes(2),
            Path.of("."), ZoneId.of("Asia/Shanghai"), Duration.ofHours(1)), meters);
    /** A PostgreSQL feed needs a database only once started. */
    private final ChangeFeed feed = new ChangeFeed(List.of(remembered), details("jdbc:postgresql://127.0.0.1:1/none"));
    private final AtomicInteger reads = new AtomicInteger();

    private static JdbcConnectionDetails details(String url) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "nobody";
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private Optional<CodeRepository.Stored> read(long personId) {
        return remembered.get(personId, id -> {
            reads.incrementAndGet();
            return Optional.of(new CodeRepository.Stored(new HealthCodeView(id, Colour.GREEN, List.of(), Instant.EPOCH, null), "ref" + id, Instant.EPOCH));
        });
    }

    /** Reads each person once (remembered), then answers whose codes were read from the database again. */
    private List<Long> readAgainAfter(Runnable notice, long... people) {
        for (long person : people) {
            read(person);
        }
        notice.run();
        List<Long> again = new ArrayList<>();
        for (long person : people) {
            int before = reads.get();
            read(person);
            if (reads.get() > before) {
                again.add(person);
            }
        }
        return again;
    }

    @Test
    void aNoticeForgetsExactlyTheCodesItNames() {
        remembered.nowHearing();
        assertThat(readAgainAfter(() -> feed.heard("gridguard_codes", "2,4"), 1, 2, 3, 4)).containsExactly(2L, 4L);
        // a range wider than what is remembered is looked for among the remembered codes; a narrow one id by id
        assertThat(readAgainAfter(() -> feed.heard("gridguard_codes", "10..20"), 9, 10, 15, 20, 21)).containsExactly(10L, 15L, 20L);
        assertThat(readAgainAfter(() -> feed.heard("gridguard_codes", "31..32"), 30, 31, 32, 33, 34, 35)).containsExactly(31L, 32L);
        assertThat(readAgainAfter(() -> feed.heard("gridguard_codes", "-5..-1"), -6, -3, 0)).containsExactly(-3L);
    }

    @Test
    void aNoticeThatIsNotOursForgetsEverything() {
        remembered.nowHearing();
        for (String strange : List.of("", "hello", "1,,2", "1..", "99999999999999999999", "9999999999999999999", "1..9999999999999999999", "1;DROP", "1, 2")) {
            assertThat(readAgainAfter(() -> feed.heard("gridguard_codes", strange), 1, 2)).as(strange).containsExactly(1L, 2L);
        }
    }

    @Test
    void untilTheFeedHearsEveryReadGoesToTheDatabaseAndNothingFromBeforeIsTrusted() {
        assertThat(readAgainAfter(() -> { }, 1)).as("not hearing yet").containsExactly(1L);
        assertThat(meters.get("gridguard.healthcode.changes.heard").gauge().value()).isZero();
        remembered.nowHearing();
        assertThat(readAgainAfter(() -> { }, 1)).as("hearing").isEmpty();
        assertThat(meters.get("gridguard.healthcode.changes.heard").gauge().value()).isEqualTo(1);
        assertThat(readAgainAfter(remembered::nowDeaf, 1)).as("deaf").containsExactly(1L);
        Map<Long, CodeRepository.Stored> all = remembered.getAll(List.of(1L, 2L), ids -> {
            reads.addAndGet(ids.size());
            return Map.of();
        });
        assertThat(all).isEmpty();
        int before = reads.get();
        remembered.getAll(Set.of(1L), ids -> {
            reads.addAndGet(ids.size());
            return Map.of();
        });
        assertThat(reads.get()).isEqualTo(before + 1);
        remembered.nowHearing();
        assertThat(readAgainAfter(() -> { }, 1)).as("hearing again").isEmpty();
    }

    @Test
    void onTheEmbeddedDatabaseTheChangesMadeHereAreAllThereIsSoCodesAreRememberedAtOnce() {
        RememberedCodes embedded = new RememberedCodes(new HealthCodeSettings(null, null, Duration.ofMinutes(2), Path.of("."),
                ZoneId.of("Asia/Shanghai"), Duration.ofHours(1)), new SimpleMeterRegistry());
        new ChangeFeed(List.of(embedded), details("jdbc:h2:mem:x"));
        assertThat(embedded.hearing()).isTrue();
    }
}
