package io.gridguard.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gridguard.checkpoint.internal.ScanRepository;
import io.gridguard.healthcode.Colour;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.springframework.stereotype.Service;

/**
 * The scans of a day at the checkpoints a caller oversees — the list behind the cockpit's scans figure and its fever and
 * red-code alerts — the latest first, people named masked.
 */
@Service
public class ScanLists {

    private final ScanRepository scans;
    private final Places places;
    private final Jurisdictions jurisdictions;
    private final People people;
    private final CheckpointSettings settings;

    ScanLists(ScanRepository scans, Places places, Jurisdictions jurisdictions, People people, CheckpointSettings settings) {
        this.scans = scans;
        this.places = places;
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.settings = settings;
    }

    public record Line(long scanId, long checkpointId, String checkpoint, String maskedName, String maskedIdNumber, Instant at,
                       Direction direction, BigDecimal temperature, String plate, Decision decision, Colour colour, ScanReason reason) {
    }

    /** The checkpoints the caller may list: their own (an operator), or those under their nodes (or {@code nodeId} inside them). */
    public List<PlaceView> checkpoints(Caller caller, Long nodeId) {
        if (caller.role() == Role.CHECKPOINT_OPERATOR) {
            return caller.placeId() == null ? List.of() : places.find(caller.placeId()).stream().toList();
        }
        caller.require(java.util.Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER));
        List<ScopeNode> scope = jurisdictions.scopeOf(caller, nodeId);
        return places.allOfKind(PlaceKind.CHECKPOINT).stream()
                .filter(c -> io.gridguard.shared.ScopeNode.anyCovers(scope, c.path())).toList();
    }

    /** A day's scans (all decisions when {@code decision} is null) at one checkpoint or all the caller may list. */
    public PageOf<Line> day(Caller caller, Long nodeId, Long checkpointId, Decision decision, LocalDate date, int page, int size) {
        List<PlaceView> mine = checkpoints(caller, nodeId);
        if (checkpointId != null) {
            mine = mine.stream().filter(c -> c.id() == checkpointId).toList();
            if (mine.isEmpty()) {
                throw new AccessDenied("checkpoint.notYours");
            }
        }
        if (mine.isEmpty()) {
            return new PageOf<>(List.of(), 0, size, 0);
        }
        ZoneId zone = settings.zone();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Long> ids = mine.stream().map(PlaceView::id).toList();
        Map<Long, String> names = mine.stream().collect(Collectors.toMap(PlaceView::id, PlaceView::name));
        int at = Math.max(0, page);
        List<ScanRepository.Line> found = scans.latest(ids, from, to, decision, size, at * size);
        Function<Long, PersonRef> who = id -> id == null ? null : people.ref(id).orElse(null);
        List<Line> lines = found.stream().map(s -> {
            PersonRef p = who.apply(s.personId());
            return new Line(s.id(), s.checkpointId(), names.get(s.checkpointId()), p == null ? "—" : p.maskedName(),
                    p == null ? "—" : p.maskedIdNumber(), s.at(), s.direction(), s.temperature(), s.plate(), s.decision(), s.colour(),
                    s.reason());
        }).toList();
        return new PageOf<>(lines, at, size, scans.countIn(ids, from, to, decision));
    }
}
