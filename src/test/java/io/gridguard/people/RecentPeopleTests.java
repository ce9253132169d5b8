package io.gridguard.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.gridguard.shared.NodePath;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentPeopleTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RecentPeople recent = new RecentPeople(meters);
    private final AtomicInteger lookUps = new AtomicInteger();

    private static PersonRef person(long id) {
        return new PersonRef(id, "王*", "3301**********00" + id, new NodePath(1L, 2L, 3L, 4L));
    }

    private static String idNumberOf(long id) {
        return "ID" + id;
    }

    /** Looks each person up once by ID number and once by id (remembered), then answers who was looked up again. */
    private List<Long> lookedUpAgainAfter(Runnable notice, long... people) {
        for (long id : people) {
            lookUp(id);
        }
        notice.run();
        List<Long> again = new ArrayList<>();
        for (long id : people) {
            int before = lookUps.get();
            lookUp(id);
            if (lookUps.get() == before + 2) {
                again.add(id);
            } else {
                assertThat(lookUps.get()).as("person %d looked up by both keys or by neither", id).isEqualTo(before);
            }
        }
        return again;
    }

    private void lookUp(long id) {
        recent.byIdNumber(idNumberOf(id), number -> {
            lookUps.incrementAndGet();
            return Optional.of(person(id));
        });
        recent.byIds(List.of(id), ids -> {
            lookUps.incrementAndGet();
            return Map.of(id, person(id));
        });
    }

    @Test
    void aNoticeForgetsThePeopleItNamesByIdNumberAndById() {
        recent.nowHearing();
        assertThat(lookedUpAgainAfter(() -> recent.changed(List.of(2L, 4L)), 1, 2, 3, 4)).containsExactly(2L, 4L);
        assertThat(lookedUpAgainAfter(() -> recent.changedBetween(10, 20), 9, 10, 15, 20, 21)).containsExactly(10L, 15L, 20L);
        assertThat(lookedUpAgainAfter(recent::changedAll, 1, 2)).containsExactly(1L, 2L);
        assertThat(lookedUpAgainAfter(() -> recent.forgetOnCommit(List.of(2L)), 1, 2, 3)).as("a change made here").containsExactly(2L);
    }

    @Test
    void whileDeafEveryoneIsLookedUpAndNothingFromBeforeIsTrusted() {
        assertThat(lookedUpAgainAfter(() -> { }, 1)).as("not hearing yet").containsExactly(1L);
        assertThat(meters.get("gridguard.people.changes.heard").gauge().value()).isZero();
        recent.nowHearing();
        assertThat(lookedUpAgainAfter(() -> { }, 1)).as("hearing").isEmpty();
        assertThat(meters.get("gridguard.people.changes.heard").gauge().value()).isEqualTo(1);
        assertThat(lookedUpAgainAfter(recent::nowHearing, 1)).as("heard anew: what was remembered may have missed a change")
                .containsExactly(1L);
        assertThat(lookedUpAgainAfter(recent::nowDeaf, 1)).as("deaf").containsExactly(1L);
        assertThat(lookedUpAgainAfter(() -> { }, 1)).as("still deaf").containsExactly(1L);
        recent.nowHearing();
        assertThat(lookedUpAgainAfter(() -> { }, 1)).as("hearing again").isEmpty();
    }
}
