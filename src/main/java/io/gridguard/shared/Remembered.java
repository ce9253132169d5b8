package io.gridguard.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What an instance remembers of the database for a short while — the codes, people, places and keys that every
 * gate scan reads. A key is loaded by one reader at a time (the others wait for that load), and a load never runs
 * while holding a lock that other keys need.
 *
 * <p>That is why this is not Caffeine's {@code Cache.get(key, loader)}: it loads inside the map's bin lock, which
 * other keys share. On a new district (no code stored yet) the gate benchmark stalled at 16 scans/s: loads held
 * bin locks while waiting for a pooled connection, and the connections were held by recomputes waiting for those
 * same bin locks to forget a code. Here a load is a future put in first and completed outside any lock. A value
 * forgotten while it loads is given to the readers already waiting but not kept; a load that answers null or fails
 * keeps nothing.
 */
public final class Remembered<K, V> {

    private final AsyncCache<K, V> cache;

    private Remembered(AsyncCache<K, V> cache) {
        this.cache = cache;
    }

    /** Each value kept at most this long after it was loaded, and at most {@code most} values. */
    public static <K, V> Remembered<K, V> forAtMost(Duration life, long most) {
        return new Remembered<>(onCallersThread().expireAfterWrite(life).maximumSize(most).buildAsync());
    }

    /** Values that never change once stored, kept while there is room for {@code most}. */
    public static <K, V> Remembered<K, V> whileThereIsRoom(long most) {
        return new Remembered<>(onCallersThread().maximumSize(most).buildAsync());
    }

    /**
     * Caffeine tidies up (evicts, expires) on the thread that read or wrote. By default it hands that to the common
     * pool: a thread woken for nearly every gate scan — one context switch per scan, on two cores.
     */
    private static Caffeine<Object, Object> onCallersThread() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }

    /** The remembered value, or the one {@code load} answers now (null: nothing, and nothing is kept). */
    public V get(K key, Function<? super K, ? extends V> load) {
        CompletableFuture<V> present = cache.getIfPresent(key);
        if (present != null) {
            return joined(present);
        }
        CompletableFuture<V> loading = new CompletableFuture<>();
        present = cache.asMap().putIfAbsent(key, loading);
        if (present != null) {
            return joined(present);
        }
        try {
            V value = load.apply(key);
            loading.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            loading.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The remembered values of these keys, and those of the others from one call of {@code loadAll} (the keys it
     * answers no value for: nothing, and nothing is kept) — a group of gate scans reads its misses in one query
     * instead of one each. Keys another reader is loading are waited for, as in {@link #get}.
     */
    public Map<K, V> getAll(Collection<? extends K> keys, Function<? super Set<K>, ? extends Map<K, V>> loadAll) {
        Map<K, CompletableFuture<V>> wanted = new LinkedHashMap<>();
        Map<K, CompletableFuture<V>> mine = new HashMap<>();
        for (K key : keys) {
            if (wanted.containsKey(key)) {
                continue;
            }
            // a read first: at a gate nearly every key is remembered, and a put (even one that finds the key) costs
            // Caffeine a write and each key a future
            CompletableFuture<V> present = cache.getIfPresent(key);
            if (present == null) {
                CompletableFuture<V> loading = new CompletableFuture<>();
                present = cache.asMap().putIfAbsent(key, loading);
                if (present == null) {
                    mine.put(key, loading);
                    present = loading;
                }
            }
            wanted.put(key, present);
        }
        if (!mine.isEmpty()) {
            try {
                Map<K, V> loaded = loadAll.apply(Collections.unmodifiableSet(mine.keySet()));
                mine.forEach((key, loading) -> loading.complete(loaded.get(key)));
            } catch (RuntimeException | Error e) {
                mine.values().forEach(loading -> loading.completeExceptionally(e));
                throw e;
            }
        }
        Map<K, V> found = new HashMap<>();
        wanted.forEach((key, value) -> {
            V v = joined(value);
            if (v != null) {
                found.put(key, v);
            }
        });
        return found;
    }

    private static <V> V joined(CompletableFuture<V> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    public void forget(K key) {
        cache.synchronous().invalidate(key);
    }

    public void forget(Collection<? extends K> keys) {
        cache.synchronous().invalidateAll(keys);
    }

    /** About how many values are remembered. */
    public long size() {
        return cache.synchronous().estimatedSize();
    }

    /** Forgets the keys that match, including those still loading (their value is then not kept). */
    public void forgetIf(Predicate<? super K> matches) {
        cache.asMap().keySet().removeIf(matches);
    }

    /** Forgets the values that match, and those still loading (what they will be is not known yet). */
    public void forgetValuesIf(Predicate<? super V> matches) {
        cache.asMap().values().removeIf(value -> {
            if (!value.isDone() || value.isCompletedExceptionally()) {
                return true;
            }
            V loaded = value.getNow(null);
            return loaded == null || matches.test(loaded);
        });
    }

    public void forgetAll() {
        cache.synchronous().invalidateAll();
    }
}
