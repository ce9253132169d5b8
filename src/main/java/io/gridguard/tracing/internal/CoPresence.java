package io.gridguard.tracing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.gridguard.checkpoint.Presence;

/**
 * Who was where a case was: for each place and time the case was seen, the others seen there within the window;
 * each person once, with the first encounter as the evidence. People already known to the case are left out.
 */
public final class CoPresence {

    private CoPresence() {
    }

    /** One suggested contact: where they were ({@code theirs}) and where the case was ({@code case}) then. */
    public record Encounter(long personId, Presence theirs, Presence caseWas) {
    }

    public static List<Encounter> find(List<Presence> caseWasAt, Function<Presence, List<Presence>> near, Set<Long> known) {
        Map<Long, Encounter> byPerson = new LinkedHashMap<>();
        for (Presence was : caseWasAt) {
            for (Presence other : near.apply(was)) {
                if (!known.contains(other.personId())) {
                    byPerson.putIfAbsent(other.personId(), new Encounter(other.personId(), other, was));
                }
            }
        }
        return List.copyOf(byPerson.values());
    }
}
