package io.gridguard.healthcode.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.shared.AfterCommit;
import io.gridguard.shared.ChangeFeed;
import io.gridguard.shared.Remembered;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The codes this instance has read, kept so that a gate scan costs no code query. A remembered code is used only while
 * this instance hears every change committed to the database ({@link ChangeFeed}): a change made here or on another
 * instance then forgets it within the time a notice takes to arrive. While the feed is deaf (not yet connected, or
 * reconnecting), codes are read from the database every time, and nothing remembered before is trusted again.
 */
@Component
public class RememberedCodes extends ChangeFeed.Listener {

    /** Where PostgreSQL announces the person ids of codes written (migration V33). */
    static final String CHANNEL = "gridguard_codes";

    private final Remembered<Long, CodeRepository.Stored> codes;

    RememberedCodes(HealthCodeSettings settings, MeterRegistry meters) {
        // an operator (and CodeChangesTwoInstancesIT) can see when an instance reads every code from the database
        super(meters, "gridguard.healthcode.changes.heard",
                "1 while this instance hears every code change and uses the codes it remembers; 0 while it reads them all");
        this.codes = Remembered.forAtMost(settings.remembered(), 500_000);
    }

    public Optional<CodeRepository.Stored> get(long personId, Function<Long, Optional<CodeRepository.Stored>> load) {
        if (!hearing()) {
            return load.apply(personId);
        }
        return Optional.ofNullable(codes.get(personId, id -> load.apply(id).orElse(null)));
    }

    public Map<Long, CodeRepository.Stored> getAll(Collection<Long> personIds,
                                                   Function<Set<Long>, Map<Long, CodeRepository.Stored>> loadAll) {
        if (!hearing()) {
            return loadAll.apply(Set.copyOf(personIds));
        }
        return codes.getAll(personIds, loadAll);
    }

    /**
     * For a change written in the caller's transaction: forgets these codes now and again once it is committed (a read
     * in between would remember the old code). Putting the new code in after commit would race: two recomputes of one
     * person commit in order, but their after-commit steps may run the other way round — ConcurrentFactsIT caught that.
     */
    public void forgetOnCommit(Collection<Long> personIds) {
        codes.forget(personIds);
        AfterCommit.run(() -> codes.forget(personIds));
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A notice from the feed: these codes changed, here or on another instance. */
    @Override
    public void changed(Collection<Long> personIds) {
        codes.forget(personIds);
    }

    /** A notice for a whole id range [from, to]: a statement that wrote more than 300 codes. */
    @Override
    public void changedBetween(long from, long to) {
        // a range narrower than what is remembered (up to 500,000 codes) is cheaper to forget id by id
        if (to >= from && to - from < codes.size()) {
            for (long personId = from; personId <= to; personId++) {
                codes.forget(personId);
            }
        } else {
            codes.forgetIf(personId -> personId >= from && personId <= to);
        }
    }

    /** A notice this instance cannot read, or the feed hearing anew or going deaf. */
    @Override
    public void changedAll() {
        codes.forgetAll();
    }
}
