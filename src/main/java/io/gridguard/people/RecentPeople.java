package io.gridguard.people;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.gridguard.shared.AfterCommit;
import io.gridguard.shared.ChangeFeed;
import io.gridguard.shared.Remembered;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * People recently looked up at a gate or a sampling point, by ID number and by id. A checkpoint sees the same
 * residents every day; remembering them spares the database a lookup per scan. Only people found are remembered (a
 * newly registered person is found at once). A change to a person here forgets that person at once; on PostgreSQL every
 * instance also hears which people changed ({@link ChangeFeed}, channel {@value #CHANNEL}, migration V35) and forgets
 * them, so people are remembered for {@link #REMEMBERED}. While the feed is deaf (not yet connected, or reconnecting),
 * every lookup goes to the database.
 *
 * <p>They were remembered for 30 seconds before the feed, the time another instance's change could go unseen: at the
 * gate benchmark, with 100,000 residents each back within 10 s, 32,004 people were loaded again in 10 s of 100,000
 * scans (pg_stat_statements, 2026-12-06).
 */
@Component
class RecentPeople extends ChangeFeed.Listener {

    static final String CHANNEL = "gridguard_people";
    static final Duration REMEMBERED = Duration.ofMinutes(30);

    private final Remembered<String, PersonRef> byIdNumber = Remembered.forAtMost(REMEMBERED, 200_000);
    private final Remembered<Long, PersonRef> byId = Remembered.forAtMost(REMEMBERED, 200_000);

    RecentPeople(MeterRegistry meters) {
        super(meters, "gridguard.people.changes.heard",
                "1 while this instance hears every change to people and uses the people it remembers; 0 while it reads them all");
    }

    Optional<PersonRef> byIdNumber(String idNumber, Function<String, Optional<PersonRef>> lookUp) {
        return hearing() ? remembered(byIdNumber, idNumber, lookUp) : lookUp.apply(idNumber);
    }

    Optional<PersonRef> byId(long id, Function<Long, Optional<PersonRef>> lookUp) {
        return hearing() ? remembered(byId, id, lookUp) : lookUp.apply(id);
    }

    /** {@link #byIdNumber} for a group of gate scans: the numbers not remembered looked up at once. */
    Map<String, PersonRef> byIdNumbers(Collection<String> idNumbers, Function<Set<String>, Map<String, PersonRef>> lookUp) {
        return hearing() ? byIdNumber.getAll(idNumbers, lookUp) : lookUp.apply(Set.copyOf(idNumbers));
    }

    Map<Long, PersonRef> byIds(Collection<Long> ids, Function<Set<Long>, Map<Long, PersonRef>> lookUp) {
        return hearing() ? byId.getAll(ids, lookUp) : lookUp.apply(Set.copyOf(ids));
    }

    /**
     * For a change to these people in the caller's transaction: forgets them now and again once it is committed (a read
     * in between would remember the old record). Only them: a grid worker's correction must not cost every gate of this
     * instance its people. On PostgreSQL the change's notice forgets them on every instance as well.
     */
    void forgetOnCommit(Collection<Long> ids) {
        changed(ids);
        AfterCommit.run(() -> changed(ids));
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A notice: these people changed, here or on another instance (an ID number may have changed too, so both are searched by id). */
    @Override
    public void changed(Collection<Long> ids) {
        Set<Long> changed = Set.copyOf(ids);
        byId.forget(changed);
        byIdNumber.forgetValuesIf(person -> changed.contains(person.id()));
    }

    @Override
    public void changedBetween(long from, long to) {
        byId.forgetIf(id -> id >= from && id <= to);
        byIdNumber.forgetValuesIf(person -> person.id() >= from && person.id() <= to);
    }

    @Override
    public void changedAll() {
        byIdNumber.forgetAll();
        byId.forgetAll();
    }

    /** Nothing is kept when the look-up finds no one: a person not found is asked for again next time. */
    private static <K> Optional<PersonRef> remembered(Remembered<K, PersonRef> cache, K key, Function<K, Optional<PersonRef>> lookUp) {
        return Optional.ofNullable(cache.get(key, k -> lookUp.apply(k).orElse(null)));
    }
}
