package io.gridguard.people;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

import io.gridguard.shared.Remembered;
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

    private final Remembered<String, PersonRef> byIdNumber = Remembered.forAtMost(REMEMBERED, 200_000);
    private final Remembered<Long, PersonRef> byId = Remembered.forAtMost(REMEMBERED, 200_000);

    Optional<PersonRef> byIdNumber(String idNumber, Function<String, Optional<PersonRef>> lookUp) {
        return remembered(byIdNumber, idNumber, lookUp);
    }

    Optional<PersonRef> byId(long id, Function<Long, Optional<PersonRef>> lookUp) {
        return remembered(byId, id, lookUp);
    }

    /** {@link #byIdNumber} for a group of gate scans: the numbers not remembered looked up at once. */
    Map<String, PersonRef> byIdNumbers(Collection<String> idNumbers, Function<Set<String>, Map<String, PersonRef>> lookUp) {
        return byIdNumber.getAll(idNumbers, lookUp);
    }

    Map<Long, PersonRef> byIds(Collection<Long> ids, Function<Set<Long>, Map<Long, PersonRef>> lookUp) {
        return byId.getAll(ids, lookUp);
    }

    /** Forgets everyone now and again once the change is committed (a read in between would remember the old value). */
    void forget() {
        forgetNow();
        AfterCommit.run(this::forgetNow);
    }

    private void forgetNow() {
        byIdNumber.forgetAll();
        byId.forgetAll();
    }

    /** Nothing is kept when the look-up finds no one: a person not found is asked for again next time. */
    private static <K> Optional<PersonRef> remembered(Remembered<K, PersonRef> cache, K key, Function<K, Optional<PersonRef>> lookUp) {
        return Optional.ofNullable(cache.get(key, k -> lookUp.apply(k).orElse(null)));
    }
}
