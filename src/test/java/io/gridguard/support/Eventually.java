package io.gridguard.support;

import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What travels between processes (a notice through the database) is awaited, for at most 10 s. */
public final class Eventually {

    private Eventually() {
    }

    public static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
