package io.gridguard.tracing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.checkpoint.Presence;
import io.gridguard.checkpoint.Presence.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoPresenceTests {

    private static final Instant T = Instant.parse("2020-02-05T02:00:00Z");
    private static final long CASE = 1;

    @Test
    void eachPersonOnceWithTheFirstEncounterAndNeitherTheCaseNorKnownContacts() {
        Presence gate = new Presence(CASE, 10, T, Source.GATE);
        Presence venue = new Presence(CASE, 20, T.plusSeconds(3600), Source.VENUE);
        Map<Presence, List<Presence>> near = Map.of(
                gate, List.of(new Presence(2, 10, T.plusSeconds(600), Source.GATE), new Presence(3, 10, T.minusSeconds(300), Source.GATE)),
                venue, List.of(new Presence(2, 20, T.plusSeconds(3700), Source.VENUE), new Presence(4, 20, T.plusSeconds(3500), Source.VENUE)));

        var found = CoPresence.find(List.of(gate, venue), near::get, Set.of(CASE, 3L));

        assertThat(found).extracting(CoPresence.Encounter::personId).containsExactly(2L, 4L);
        assertThat(found.getFirst().theirs().placeId()).as("the first encounter is the evidence").isEqualTo(10);
        assertThat(found.getFirst().caseWas()).isEqualTo(gate);
        assertThat(found.get(1).theirs().source()).isEqualTo(Source.VENUE);
    }

    @Test
    void noPresenceNoSuggestion() {
        assertThat(CoPresence.find(List.of(), p -> List.of(new Presence(9, 1, T, Source.GATE)), Set.of(CASE))).isEmpty();
    }
}
