package io.gridguard.people;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gridguard.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * People recently looked up at a gate or a sampling point, by ID number and by id. A checkpoint sees the same
 * residents every day; remembering them spares the database a lookup per scan. Only people found are
 * remembered (a newly registered person is found at once); any change to a person here forgets everyone, and
 * another instance sees the change within {@link #REMEMBERED}.
 */
@Component
class RecentPeople {

    static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final Cache<String, PersonRef> byIdNumber = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(200_000).build();
    private final Cache<Long, PersonRef> byId = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(200_000).build();

    Optional<PersonRef> byIdNumber(String idNumber, Function<String, Optional<PersonRef>> lookUp) {
        return remembered(byIdNumber, idNumber, lookUp);
    }

    Optional<PersonRef> byId(long id, Function<Long, Optional<PersonRef>> lookUp) {
        return remembered(byId, id, lookUp);
    }

    /** Forgets everyone now and again once the change is committed (a read in between would remember the old value). */
    void forget() {
        forgetNow();
        AfterCommit.run(this::forgetNow);
    }

    private void forgetNow() {
        byIdNumber.invalidateAll();
        byId.invalidateAll();
    }

    /** Caffeine keeps nothing when the look-up answers null: a person not found is asked for again next time. */
    private static <K> Optional<PersonRef> remembered(Cache<K, PersonRef> cache, K key, Function<K, Optional<PersonRef>> lookUp) {
        return Optional.ofNullable(cache.get(key, k -> lookUp.apply(k).orElse(null)));
    }
}
