package io.gridguard.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gridguard.dispatch.internal.DutyRepository;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A grid worker's day (seed 000: grid workers who know every household, their live location and tracks): door visits
 * and verification calls with what they found, and the positions the phone shares while the duty page is open,
 * replayed for the worker and the staff over them.
 */
@Service
public class Duty {

    static final Set<Role> SUPERVISORS = Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    private static final int LONGEST_NOTE = 500;
    /** The phone's clock may run a little ahead; a position older than this is not "on duty" any more. */
    private static final Duration AHEAD = Duration.ofMinutes(1);
    private static final Duration BEHIND = Duration.ofHours(24);

    private final DutyRepository duty;
    private final People people;
    private final Places places;
    private final Jurisdictions jurisdictions;
    private final DispatchSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Duty(DutyRepository duty, People people, Places places, Jurisdictions jurisdictions, DispatchSettings settings, AuditTrail audit,
         Clock clock) {
        this.duty = duty;
        this.people = people;
        this.places = places;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public VisitView visit(Caller caller, NewVisit visit) {
        caller.require(Set.of(Role.GRID_WORKER));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (visit.kind() == null) {
            errors.add(new Problem.FieldError("kind", "error.required"));
        }
        if ((visit.placeId() == null) == (visit.personId() == null)) {
            errors.add(new Problem.FieldError("placeId", "visit.whom"));
        }
        if (visit.outcome() == null) {
            errors.add(new Problem.FieldError("outcome", "error.required"));
        }
        String note = visit.note() == null || visit.note().isBlank() ? null : visit.note().strip();
        if (note != null && note.length() > LONGEST_NOTE) {
            errors.add(new Problem.FieldError("note", "event.note.tooLong", LONGEST_NOTE));
        } else if (note == null && visit.outcome() == VisitOutcome.PROBLEM_FOUND) {
            errors.add(new Problem.FieldError("note", "visit.problem.note"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        NodePath path = visit.personId() != null
                ? people.ref(visit.personId()).map(PersonRef::path).orElseThrow(() -> new Problem.Invalid("personId", "visit.person.unknown"))
                : places.find(visit.placeId()).map(PlaceView::path).orElseThrow(() -> new Problem.Invalid("placeId", "visit.place.unknown"));
        caller.requireCovers(path);
        long id = duty.insertVisit(caller.username(), visit.kind(), visit.placeId(), visit.personId(), visit.outcome(), note,
                clock.instant(), path);
        audit.record("GRID_VISIT", visit.personId() != null ? "person" : "place",
                visit.personId() != null ? visit.personId() : visit.placeId(), visit.kind() + " " + visit.outcome());
        return duty.visit(id);
    }

    /** A position shared by the worker's phone while on duty ({@code at}: ISO-8601, or now). */
    @Transactional
    public void position(Caller caller, Double lat, Double lon, Double accuracy, String at) {
        caller.require(Set.of(Role.GRID_WORKER));
        if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new Problem.Invalid("lat", "event.location.invalid");
        }
        if (accuracy != null && (accuracy < 0 || accuracy > 10_000)) {
            throw new Problem.Invalid("accuracy", "visit.accuracy");
        }
        Instant now = clock.instant();
        Instant when = now;
        if (at != null && !at.isBlank()) {
            try {
                when = Instant.parse(at.strip());
            } catch (DateTimeParseException e) {
                throw new Problem.Invalid("at", "device.reading.at.invalid");
            }
            if (when.isAfter(now.plus(AHEAD)) || when.isBefore(now.minus(BEHIND))) {
                throw new Problem.Invalid("at", "visit.position.at");
            }
        }
        long grid = caller.nodes().stream().filter(n -> n.level() == NodeLevel.GRID).findFirst()
                .orElseThrow(() -> new AccessDenied("error.access.scope")).id();
        duty.insertPosition(caller.username(), lat, lon, accuracy, when, jurisdictions.pathOfGrid(grid));
    }

    /** A worker's day: the worker sees their own; community, street and district staff those in their scope. */
    public Track track(Caller caller, String worker, LocalDate day) {
        boolean self = caller.role() == Role.GRID_WORKER && caller.username().equals(worker);
        if (!self) {
            caller.require(SUPERVISORS);
        }
        if (worker == null || worker.isBlank() || day == null) {
            throw new Problem.Invalid("worker", "error.required");
        }
        Instant from = day.atStartOfDay(settings.zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        if (!self) {
            audit.record("GRID_TRACK_VIEW", "worker", null, worker + " " + day);
        }
        return new Track(worker, day, duty.positions(worker, caller.nodes(), from, to), duty.visits(worker, caller.nodes(), from, to));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
