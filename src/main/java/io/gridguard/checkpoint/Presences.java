package io.gridguard.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.gridguard.checkpoint.internal.PresenceRepository;
import org.springframework.stereotype.Service;

/**
 * Where people were, for tracing: gate scans that let someone through (a refused person did not go in, and a
 * replayed token names someone who was not there) and venue check-ins. Read by the tracing module to find who
 * was at the same place as a case at about the same time.
 */
@Service
public class Presences {

    private final PresenceRepository presences;

    Presences(PresenceRepository presences) {
        this.presences = presences;
    }

    /** Where one person was in [from, to), oldest first. */
    public List<Presence> of(long personId, Instant from, Instant to) {
        List<Presence> all = new ArrayList<>(presences.gateScansOf(personId, from, to));
        all.addAll(presences.checkInsOf(personId, from, to));
        all.sort(Comparator.comparing(Presence::at));
        return all;
    }

    /** Everyone else at the place of {@code presence} within {@code window} either side of it. */
    public List<Presence> near(Presence presence, Duration window) {
        Instant from = presence.at().minus(window);
        Instant to = presence.at().plus(window);
        List<Presence> all = new ArrayList<>(presences.gateScansAt(presence.placeId(), from, to));
        all.addAll(presences.checkInsAt(presence.placeId(), from, to));
        all.removeIf(other -> other.personId() == presence.personId());
        return all;
    }
}
