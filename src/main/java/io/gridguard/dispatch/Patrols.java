package io.gridguard.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.dispatch.internal.EventRepository;
import io.gridguard.dispatch.internal.PatrolRepository;
import io.gridguard.dispatch.internal.PatrolRepository.CheckRow;
import io.gridguard.dispatch.internal.PatrolRepository.SpotRow;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital patrols (seed 000: 3,000 gathering spots checked daily, by video or on foot; a hazard found becomes an event;
 * rectification tracked to 100%): staff set up spots with a checklist; grid workers check each spot every day; a check
 * with failed items opens a HAZARD event, rectified when that event is closed.
 */
@Service
public class Patrols {

    static final Set<Role> KEEPERS = Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    static final Set<Role> READERS = Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    private static final int MOST_ITEMS = 20;

    /** A day's patrol figures in a scope. */
    public record Figures(LocalDate day, int spots, int checked, int hazards, int rectified) {

        public double checkedPercent() {
            return spots == 0 ? 100 : Math.round(checked * 1000.0 / spots) / 10.0;
        }

        public double rectifiedPercent() {
            return hazards == 0 ? 100 : Math.round(rectified * 1000.0 / hazards) / 10.0;
        }
    }

    private final PatrolRepository patrols;
    private final EventRepository eventRows;
    private final Events events;
    private final Places places;
    private final DispatchSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Patrols(PatrolRepository patrols, EventRepository eventRows, Events events, Places places, DispatchSettings settings,
            AuditTrail audit, Clock clock) {
        this.patrols = patrols;
        this.eventRows = eventRows;
        this.events = events;
        this.places = places;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PatrolSpot addSpot(Caller caller, Long placeId, String name, List<String> checklist) {
        caller.require(KEEPERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        PlaceView place = placeId == null ? null : places.find(placeId).orElse(null);
        if (place == null) {
            errors.add(new Problem.FieldError("placeId", "visit.place.unknown"));
        }
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 100) {
            errors.add(new Problem.FieldError("name", "device.name.invalid"));
        }
        List<String> items = checklist == null ? List.of() : checklist.stream().filter(i -> i != null && !i.isBlank()).map(String::strip)
                .distinct().toList();
        if (items.isEmpty() || items.size() > MOST_ITEMS || items.stream().anyMatch(i -> i.length() > 40)
                || String.join("\n", items).length() > 1000) {
            errors.add(new Problem.FieldError("checklist", "patrol.checklist.err", MOST_ITEMS));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        caller.requireCovers(place.path());
        long id = patrols.insertSpot(place.id(), title, items, place.path(), caller.username(), clock.instant());
        audit.record("PATROL_SPOT_ADD", "patrol_spot", id, title);
        return new PatrolSpot(id, place.id(), title, items, place.path().gridId(), null);
    }

    /** A page of the spots in the caller's scope with their latest check of the day (district time). */
    public PageOf<PatrolSpot> spots(Caller caller, LocalDate day, PageRequest page) {
        caller.require(READERS);
        Map<Long, PatrolSpot.Check> latest = new HashMap<>();
        for (CheckRow row : patrols.checks(caller.nodes(), start(day), start(day.plusDays(1)))) {
            latest.put(row.spotId(), row.check());
        }
        List<PatrolSpot> spots = patrols.spots(caller.nodes(), page.size(), page.offset()).stream()
                .map(s -> new PatrolSpot(s.id(), s.placeId(), s.name(), s.checklist(), s.path().gridId(), latest.get(s.id()))).toList();
        return new PageOf<>(spots, page.page(), page.size(), patrols.countSpots(caller.nodes()));
    }

    /**
     * A grid worker's check of a spot: the checklist items that failed (none: all well). Failed items are a hazard and
     * open an event in the spot's grid with the note.
     */
    @Transactional
    public PatrolSpot.Check check(Caller caller, long spotId, PatrolMethod method, List<String> failedItems, String note) {
        caller.require(Set.of(Role.GRID_WORKER));
        SpotRow spot = patrols.spot(spotId).filter(s -> caller.covers(s.path()))
                .orElseThrow(() -> new Problem.NotFound("patrol.spot.notFound", spotId));
        List<String> failed = failedItems == null ? List.of() : failedItems.stream().filter(i -> i != null && !i.isBlank())
                .map(String::strip).distinct().toList();
        for (String item : failed) {
            if (!spot.checklist().contains(item)) {
                throw new Problem.Invalid("failedItems", "patrol.item.unknown", item);
            }
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new Problem.Invalid("note", "event.note.tooLong", 500);
        }
        PatrolMethod how = method == null ? PatrolMethod.FOOT : method;
        boolean hazard = !failed.isEmpty();
        Long eventId = null;
        if (hazard) {
            eventId = events.raise("HAZARD", spot.name() + (how == PatrolMethod.VIDEO ? "（视频巡查）" : "") + "：" + String.join("、", failed)
                            + (text == null ? "" : "。" + text),
                    spot.path().gridId(), EventSource.GRID_WORKER, caller.username());
        }
        Instant now = clock.instant();
        long id = patrols.insertCheck(spotId, caller.username(), now, how, hazard, failed, text, eventId);
        return new PatrolSpot.Check(id, caller.username(), now, how, hazard, failed, text, eventId);
    }

    /** A day's figures: spots checked of all, hazards found and how many of their events are closed (rectified). */
    public Figures figures(Caller caller, LocalDate day) {
        caller.require(READERS);
        List<CheckRow> checks = patrols.checks(caller.nodes(), start(day), start(day.plusDays(1)));
        long checked = checks.stream().map(CheckRow::spotId).distinct().count();
        List<Long> hazards = checks.stream().map(CheckRow::check).filter(PatrolSpot.Check::hazard).map(PatrolSpot.Check::eventId).toList();
        long rectified = eventRows.countClosed(hazards.stream().filter(java.util.Objects::nonNull).distinct().toList());
        return new Figures(day, (int) patrols.countSpots(caller.nodes()), (int) checked, hazards.size(), (int) rectified);
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(settings.zone()).toInstant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
