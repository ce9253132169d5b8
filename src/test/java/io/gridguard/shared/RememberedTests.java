package io.gridguard.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedTests {

    private final Remembered<Integer, String> remembered = Remembered.forAtMost(Duration.ofMinutes(1), 1_000);

    @Test
    void aSlowLoadOfOneKeyHoldsUpNeitherOtherKeysNorForgetting() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> slow = pool.submit(() -> remembered.get(1, key -> {
                loading.countDown();
                await(release);
                return "slow";
            }));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            // Keys 2..200 share hash bins with key 1 in any small table; none of them may wait for its load.
            Future<?> others = pool.submit(() -> {
                for (int key = 2; key <= 200; key++) {
                    assertThat(remembered.get(key, String::valueOf)).isEqualTo(String.valueOf(key));
                    remembered.forget(key);
                }
            });
            others.get(5, TimeUnit.SECONDS);
            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
        }
    }

    @Test
    void readersOfOneKeyShareOneLoad() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var readers = new ArrayList<Future<String>>();
            for (int i = 0; i < 20; i++) {
                readers.add(pool.submit(() -> remembered.get(7, key -> {
                    loads.incrementAndGet();
                    await(release);
                    return "seven";
                })));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> reader : readers) {
                assertThat(reader.get(5, TimeUnit.SECONDS)).isEqualTo("seven");
            }
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aValueForgottenWhileLoadingIsNotKept() {
        String first = remembered.get(3, key -> {
            remembered.forget(3); // a change committed by someone else while this read was under way
            return "old";
        });
        assertThat(first).isEqualTo("old");
        assertThat(remembered.get(3, key -> "new")).isEqualTo("new");
    }

    @Test
    void forgettingWhatMatchesAlsoForgetsAValueStillLoading() {
        remembered.get(10, key -> "ten");
        remembered.get(20, key -> "twenty");
        String loading = remembered.get(11, key -> {
            remembered.forgetIf(k -> k >= 10 && k < 20); // a range of codes changed while this one was read
            return "old eleven";
        });
        assertThat(loading).isEqualTo("old eleven");
        assertThat(remembered.get(11, key -> "new eleven")).isEqualTo("new eleven");
        assertThat(remembered.get(10, key -> "ten again")).isEqualTo("ten again");
        assertThat(remembered.get(20, key -> "twenty again")).isEqualTo("twenty");
    }

    @Test
    void nothingAndFailuresAreNotKept() {
        assertThat(remembered.get(4, key -> null)).isNull();
        assertThat(remembered.get(4, key -> "found later")).isEqualTo("found later");
        assertThatThrownBy(() -> remembered.get(5, key -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database away");
        assertThat(remembered.get(5, key -> "back")).isEqualTo("back");
        remembered.forgetAll();
        assertThat(remembered.get(4, key -> "reloaded")).isEqualTo("reloaded");
    }

    @Test
    void aGroupLoadsOnlyWhatIsNotRememberedInOneCallAndKeepsWhatItFound() {
        remembered.get(1, key -> "one");
        var asked = new ArrayList<Set<Integer>>();
        var found = remembered.getAll(List.of(1, 2, 3, 2), keys -> {
            asked.add(Set.copyOf(keys));
            return Map.of(2, "two"); // 3 is nobody
        });
        assertThat(asked).containsExactly(Set.of(2, 3));
        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(1, "one", 2, "two"));
        assertThat(remembered.get(2, key -> "reloaded")).isEqualTo("two");
        assertThat(remembered.get(3, key -> "registered since")).isEqualTo("registered since");
        assertThat(remembered.getAll(List.of(1, 2, 3), keys -> {
            throw new AssertionError("everything is remembered: nothing to load, but asked for " + keys);
        })).hasSize(3);
    }

    @Test
    void aGroupThatFailsOrIsForgottenWhileLoadingKeepsNothing() {
        assertThatThrownBy(() -> remembered.getAll(List.of(8, 9), keys -> {
            throw new IllegalStateException("database away");
        })).hasMessage("database away");
        var found = remembered.getAll(List.of(8, 9), keys -> {
            remembered.forget(8); // changed by someone else while the group was read
            return Map.of(8, "old eight", 9, "nine");
        });
        assertThat(found).containsEntry(8, "old eight").containsEntry(9, "nine");
        assertThat(remembered.get(8, key -> "new eight")).isEqualTo("new eight");
        assertThat(remembered.get(9, key -> "reloaded")).isEqualTo("nine");
    }

    @Test
    void aGroupWaitsForAKeyAnotherReaderIsLoading() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> single = pool.submit(() -> remembered.get(11, key -> {
                loading.countDown();
                await(release);
                return "eleven";
            }));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Map<Integer, String>> group = pool.submit(() -> remembered.getAll(List.of(11, 12), keys -> {
                assertThat(keys).containsExactly(12);
                return Map.of(12, "twelve");
            }));
            Thread.sleep(100);
            assertThat(group).isNotDone();
            release.countDown();
            assertThat(group.get(5, TimeUnit.SECONDS)).containsExactlyInAnyOrderEntriesOf(Map.of(11, "eleven", 12, "twelve"));
            assertThat(single.get(5, TimeUnit.SECONDS)).isEqualTo("eleven");
        }
    }

    @Test
    void aValueIsKeptForItsLifeAndAtMostTheGivenNumber() throws InterruptedException {
        // Caffeine tidies up on the reading thread here, not in the common pool: expiry and the size bound must hold anyway.
        // A life of 100 ms was once over before the second read, in a JVM still loading classes on a busy machine.
        Remembered<Integer, String> brief = Remembered.forAtMost(Duration.ofMillis(600), 10);
        assertThat(brief.get(1, key -> "first")).isEqualTo("first");
        assertThat(brief.get(1, key -> "reloaded")).isEqualTo("first");
        Thread.sleep(900);
        assertThat(brief.get(1, key -> "reloaded")).isEqualTo("reloaded");
        Remembered<Integer, String> small = Remembered.whileThereIsRoom(10);
        for (int key = 0; key < 1_000; key++) {
            small.get(key, String::valueOf);
        }
        AtomicInteger reloads = new AtomicInteger();
        for (int key = 0; key < 1_000; key++) {
            small.get(key, k -> {
                reloads.incrementAndGet();
                return String.valueOf(k);
            });
        }
        assertThat(reloads.get()).isGreaterThanOrEqualTo(900);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
