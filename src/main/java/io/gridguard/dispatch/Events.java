package io.gridguard.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.dispatch.internal.Deadline;
import io.gridguard.dispatch.internal.DeadlineTimers;
import io.gridguard.dispatch.internal.EventRepository;
import io.gridguard.dispatch.internal.EventRepository.EventRow;
import io.gridguard.dispatch.internal.Lifecycle;
import io.gridguard.dispatch.internal.PhotoStore;
import io.gridguard.jurisdiction.DepartmentView;
import io.gridguard.jurisdiction.Departments;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid events (DESIGN.md flow 3): reported from every source into the grid of their location, dispatched to the
 * category's departments at once (or by staff), accepted, handled, fed back, closed by the reporting side; every
 * step in the timeline; the SLA deadlines on persistent timers.
 */
@Service
public class Events {

    /** Staff who dispatch: over the event's community, street or the district. */
    static final Set<Role> DISPATCHERS = Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    /** Who may report an event (residents anywhere in the district, everyone else in their scope). */
    public static final Set<Role> REPORTERS = Set.of(Role.GRID_WORKER, Role.RESIDENT, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
            Role.DISTRICT_COMMAND, Role.CHECKPOINT_OPERATOR, Role.MACHINE);
    private static final int LONGEST_DESCRIPTION = 2_000;
    private static final int LONGEST_NOTE = 1_000;

    private final EventRepository events;
    private final Jurisdictions jurisdictions;
    private final Departments departments;
    private final io.gridguard.people.People people;
    private final PhotoStore photos;
    private final DeadlineTimers timers;
    private final DispatchSettings settings;
    private final Notices notices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Events(EventRepository events, Jurisdictions jurisdictions, Departments departments, io.gridguard.people.People people, PhotoStore photos, DeadlineTimers timers,
           DispatchSettings settings, Notices notices, AuditTrail audit, ApplicationEventPublisher published, Clock clock) {
        this.events = events;
        this.jurisdictions = jurisdictions;
        this.departments = departments;
        this.people = people;
        this.photos = photos;
        this.timers = timers;
        this.settings = settings;
        this.notices = notices;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    public List<EventCategory> categories() {
        return events.categories();
    }

    /** District command sets a category's default departments (codes) and its SLA; events opened after use them. */
    @Transactional
    public EventCategory updateCategory(Caller caller, String code, List<String> departmentCodes, java.time.Duration accept,
                                        java.time.Duration onSite, java.time.Duration close) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        EventCategory current = Optional.ofNullable(code).flatMap(events::category)
                .orElseThrow(() -> new Problem.NotFound("event.category.notFound", String.valueOf(code)));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> known = departments.all().stream().map(DepartmentView::code).toList();
        List<String> codes = departmentCodes == null ? List.of() : departmentCodes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).distinct().toList();
        codes.stream().filter(c -> !known.contains(c)).findFirst()
                .ifPresent(c -> errors.add(new Problem.FieldError("departments", "event.departments.unknown", c)));
        for (var limit : List.of(java.util.Map.entry("acceptSeconds", Optional.ofNullable(accept)),
                java.util.Map.entry("onSiteSeconds", Optional.ofNullable(onSite)), java.util.Map.entry("closeSeconds", Optional.ofNullable(close)))) {
            if (limit.getValue().isEmpty() || limit.getValue().get().toSeconds() < 1 || limit.getValue().get().toDays() > 30) {
                errors.add(new Problem.FieldError(limit.getKey(), "event.sla.range"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        EventCategory updated = new EventCategory(current.code(), current.nameZh(), current.nameEn(), codes, accept, onSite, close);
        events.updateCategory(updated, caller.username(), clock.instant());
        audit.record("EVENT_CATEGORY_UPDATE", "event_category", null, code + " " + codes + " " + accept + "/" + onSite + "/" + close);
        return updated;
    }

    /** A report from a person: a grid worker's phone, a resident, staff taking a hotline call, a machine. */
    @Transactional
    public EventView report(Caller caller, NewEvent report) {
        caller.require(REPORTERS);
        EventSource source = sourceOf(caller, report);
        NodePath path = place(caller, report);
        return view(open(report, source, path, caller.username(), caller.personId(), null));
    }

    /**
     * An event raised by the platform itself (a fever at a gate, another module's alarm) in a grid, as {@code by}: no
     * caller to check, the raising module answers for it.
     */
    @Transactional
    public long raise(String category, String description, long gridId, EventSource source, String by) {
        NewEvent report = new NewEvent(category, description, gridId, null, null, source, null, List.of());
        return open(report, source, jurisdictions.pathOfGrid(gridId), by, null, null).id();
    }

    /**
     * Like {@link #raise}, but an alert that repeats within {@code window} (the same {@code raisedBy}: a camera's place,
     * a silent device) adds a step to the event it opened instead of opening another, while that event is not closed.
     */
    @Transactional
    public long raiseOnce(String category, String description, long gridId, EventSource source, String by, String raisedBy,
                          java.time.Duration window) {
        return raiseOnce(category, description, gridId, source, by, raisedBy, window, List.of());
    }

    /** As above, dispatched to these departments (codes) instead of the category's (a rule's own routing, e.g. by kind of place). */
    @Transactional
    public long raiseOnce(String category, String description, long gridId, EventSource source, String by, String raisedBy,
                          java.time.Duration window, List<String> departmentCodes) {
        Instant now = clock.instant();
        Optional<Long> open = events.openRaisedBy(raisedBy, now.minus(window));
        if (open.isPresent()) {
            events.addStep(open.get(), now, by, "REPEAT", description.length() > LONGEST_NOTE ? description.substring(0, LONGEST_NOTE)
                    : description, null);
            return open.get();
        }
        NewEvent report = new NewEvent(category, description, gridId, null, null, source, null, List.of());
        return open(report, source, jurisdictions.pathOfGrid(gridId), by, null, raisedBy, departmentCodes).id();
    }

    private EventRow open(NewEvent report, EventSource source, NodePath path, String by, Long personId, String raisedBy) {
        return open(report, source, path, by, personId, raisedBy, List.of());
    }

    private EventRow open(NewEvent report, EventSource source, NodePath path, String by, Long personId, String raisedBy,
                          List<String> departmentCodes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<EventCategory> category = Optional.ofNullable(report.category()).flatMap(events::category);
        if (category.isEmpty()) {
            errors.add(new Problem.FieldError("category", "event.category.unknown"));
        }
        String description = report.description() == null ? "" : report.description().strip();
        if (description.isEmpty() || description.length() > LONGEST_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "event.description.invalid", LONGEST_DESCRIPTION));
        }
        if (report.callerPhone() != null && !report.callerPhone().isBlank() && !report.callerPhone().strip().matches("[0-9+\\-]{5,20}")) {
            errors.add(new Problem.FieldError("callerPhone", "event.callerPhone.invalid"));
        }
        if (report.photos().size() > settings.mostPhotos()) {
            errors.add(new Problem.FieldError("photos", "event.photo.tooMany", settings.mostPhotos()));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        List<String> types = report.photos().stream().map(p -> photos.check(p.bytes(), p.fileName())).toList();
        EventCategory kind = category.orElseThrow();
        Instant now = clock.instant();
        List<Long> defaults = departmentCodes.isEmpty() ? defaultDepartments(kind) : byCode(departmentCodes);
        EventState state = defaults.isEmpty() ? EventState.REPORTED : EventState.DISPATCHED;
        EventRow row = new EventRow(0, kind.code(), description, source, by, personId,
                report.callerPhone() == null || report.callerPhone().isBlank() ? null : report.callerPhone().strip(),
                report.lat(), report.lon(), path, state, Level.COMMUNITY, now.plus(kind.accept()), null, now.plus(kind.close()), null,
                null, false, now, 0);
        long id = events.insert(row, raisedBy);
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            stored.add(photos.store(id, report.photos().get(i).bytes(), types.get(i)));
        }
        events.addStep(id, now, by, "REPORT", null, stored.isEmpty() ? null : String.join(",", stored));
        if (!defaults.isEmpty()) {
            events.assign(id, defaults, now);
            events.addStep(id, now, "system", "AUTO_DISPATCH", names(defaults), null);
        }
        timers.set(id, Deadline.ACCEPT, row.acceptBy());
        timers.set(id, Deadline.CLOSE, row.closeBy());
        notices.post(id, "NEW", null, Level.COMMUNITY, path, kind.nameZh() + "：" + description, kind.nameZh() + "：" + description);
        return events.find(id).orElseThrow();
    }

    /** One action on an event by someone allowed to take it in its state; 409 when the state does not allow it. */
    @Transactional
    public EventView act(Caller caller, long id, EventAction action, List<Long> departmentIds, String note, List<NewEvent.Photo> attached) {
        if (action == null) {
            throw new Problem.Invalid("action", "event.action.required");
        }
        EventRow event = visible(caller, id);
        Set<Lifecycle.Side> sides = sides(caller, event);
        if (sides.stream().noneMatch(Lifecycle.who(event.state(), action)::contains)) {
            throw new AccessDenied("event.action.notYours");
        }
        EventState next = Lifecycle.next(event.state(), action)
                .orElseThrow(() -> new Problem.Conflict("event.action.notNow", action.name(), event.state().name()));
        String text = note == null ? null : note.strip();
        if (Lifecycle.needsNote(event.state(), action) && (text == null || text.isEmpty())) {
            throw new Problem.Invalid("note", "event.note.required");
        }
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("note", "event.note.tooLong", LONGEST_NOTE);
        }
        List<NewEvent.Photo> pictures = attached == null ? List.of() : attached;
        if (pictures.size() > settings.mostPhotos()) {
            throw new Problem.Invalid("photos", "event.photo.tooMany", settings.mostPhotos());
        }
        List<String> types = pictures.stream().map(p -> photos.check(p.bytes(), p.fileName())).toList();
        List<Long> targets = action == EventAction.DISPATCH ? departments(departmentIds) : List.of();
        Instant now = clock.instant();
        EventCategory kind = events.category(event.category()).orElseThrow();
        EventRow moved = clock(event.moved(next), action, kind, now);
        if (!events.save(moved)) {
            throw new Problem.Conflict("event.changed", id);
        }
        if (action == EventAction.DISPATCH) {
            events.assign(id, targets, now);
        }
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            stored.add(photos.store(id, pictures.get(i).bytes(), types.get(i)));
        }
        events.addStep(id, now, caller.username(), action.name(), action == EventAction.DISPATCH ? join(names(targets), text) : text,
                stored.isEmpty() ? null : String.join(",", stored));
        if (moved.state().awaitsAcceptance() && !moved.acceptBy().equals(event.acceptBy())) {
            timers.set(id, Deadline.ACCEPT, moved.acceptBy());
        }
        if (action == EventAction.ACCEPT) {
            timers.set(id, Deadline.ONSITE, moved.onSiteBy());
        }
        if (next == EventState.CLOSED) {
            published.publishEvent(new EventClosed(id, event.category(), event.source()));
        }
        audit.record("EVENT_" + action.name(), "dispatch_event", id, next.name());
        return view(events.find(id).orElseThrow());
    }

    /** The clock after an action: reopening restarts the accept clock; accepting starts the on-site one. */
    private static EventRow clock(EventRow e, EventAction action, EventCategory kind, Instant now) {
        return switch (action) {
            case ACCEPT -> e.withClock(e.level(), e.acceptBy(), now.plus(kind.onSite()), now, null, e.breached());
            case REOPEN -> e.withClock(e.level(), now.plus(kind.accept()), null, null, null, e.breached());
            case CLOSE -> e.withClock(e.level(), e.acceptBy(), e.onSiteBy(), e.acceptedAt(), now, e.breached());
            default -> e;
        };
    }

    public EventView open(Caller caller, long id) {
        return view(visible(caller, id));
    }

    /** The actions the caller may take on the event now (the buttons of its page). */
    public List<EventAction> actionsFor(Caller caller, long id) {
        EventRow event = visible(caller, id);
        Set<Lifecycle.Side> sides = sides(caller, event);
        return Lifecycle.open(event.state()).stream().filter(a -> Lifecycle.who(event.state(), a).stream().anyMatch(sides::contains))
                .sorted().toList();
    }

    /**
     * Events the caller may see: staff and grid workers those in their scope, a handler their department's, a resident
     * their own reports; by state and category; a handler's open queue by the nearest deadline.
     */
    public PageOf<EventSummary> page(Caller caller, List<EventState> states, String category, PageRequest page) {
        caller.require(Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER,
                Role.DEPARTMENT_HANDLER, Role.RESIDENT));
        EventRepository.Filter filter = switch (caller.role()) {
            case DEPARTMENT_HANDLER -> {
                if (caller.departmentId() == null) {
                    throw new AccessDenied("error.access.scope");
                }
                yield new EventRepository.Filter(List.of(), caller.departmentId(), null, states, category);
            }
            // a resident's username is their masked phone, which others may share: their reports are found by person
            case RESIDENT -> {
                if (caller.personId() == null) {
                    throw new AccessDenied("error.access.scope");
                }
                yield new EventRepository.Filter(List.of(), null, caller.personId(), states, category);
            }
            default -> new EventRepository.Filter(caller.nodes(), null, null, states, category);
        };
        boolean queue = !states.isEmpty() && states.stream().noneMatch(s -> s == EventState.CLOSED);
        return new PageOf<>(events.page(filter, queue, page.size(), page.offset()).stream().map(Events::summary).toList(), page.page(),
                page.size(), events.count(filter));
    }

    public Optional<byte[]> photo(Caller caller, long id, String name) {
        visible(caller, id);
        return photos.read(id, name);
    }

    // ---- who and where

    private EventSource sourceOf(Caller caller, NewEvent report) {
        return switch (caller.role()) {
            case GRID_WORKER -> EventSource.GRID_WORKER;
            case RESIDENT -> EventSource.RESIDENT;
            case MACHINE -> report.source() == EventSource.CAMERA ? EventSource.CAMERA : EventSource.DEVICE;
            default -> report.callerPhone() != null && !report.callerPhone().isBlank() ? EventSource.HOTLINE : EventSource.STAFF;
        };
    }

    /** The grid of the report: named, or found from the location; staff and machines report only in their scope. */
    private NodePath place(Caller caller, NewEvent report) {
        NodePath path;
        if (report.gridId() != null) {
            path = jurisdictions.pathOfGrid(report.gridId());
        } else if (report.lat() != null && report.lon() != null) {
            if (report.lat() < -90 || report.lat() > 90 || report.lon() < -180 || report.lon() > 180) {
                throw new Problem.Invalid("lat", "event.location.invalid");
            }
            NodeView grid = jurisdictions.gridAt(report.lat(), report.lon())
                    .orElseThrow(() -> new Problem.Invalid("lat", "event.location.outside"));
            path = jurisdictions.pathOfGrid(grid.id());
        } else if (caller.role() == Role.RESIDENT && caller.personId() != null) {
            // a resident who shares no location reports about where they live
            path = people.ref(caller.personId()).map(io.gridguard.people.PersonRef::path)
                    .orElseThrow(() -> new Problem.Invalid("gridId", "event.location.required"));
        } else {
            throw new Problem.Invalid("gridId", "event.location.required");
        }
        // a resident may report anywhere in the district; everyone else where they work
        if (caller.role() != Role.RESIDENT) {
            caller.requireCovers(path);
        }
        return path;
    }

    private EventRow visible(Caller caller, long id) {
        EventRow event = events.find(id).orElseThrow(() -> new Problem.NotFound("event.notFound", id));
        if (sides(caller, event).isEmpty()) {
            throw new Problem.NotFound("event.notFound", id);
        }
        return event;
    }

    private Set<Lifecycle.Side> sides(Caller caller, EventRow event) {
        Set<Lifecycle.Side> sides = new LinkedHashSet<>();
        if (DISPATCHERS.contains(caller.role()) && caller.covers(event.path())) {
            sides.add(Lifecycle.Side.DISPATCHER);
        }
        if (caller.role() == Role.DEPARTMENT_HANDLER && caller.departmentId() != null
                && events.assigned(event.id()).contains(caller.departmentId())) {
            sides.add(Lifecycle.Side.HANDLER);
        }
        boolean reporter = caller.username().equals(event.reportedBy()) && (caller.role() != Role.RESIDENT
                || (caller.personId() != null && caller.personId().equals(event.reporterPersonId())));
        if (reporter || (caller.role() == Role.GRID_WORKER && caller.covers(event.path()))) {
            sides.add(Lifecycle.Side.REPORTER);
        }
        return sides;
    }

    private List<Long> defaultDepartments(EventCategory kind) {
        return byCode(kind.departments());
    }

    private List<Long> byCode(List<String> codes) {
        List<DepartmentView> all = departments.all();
        return codes.stream().flatMap(code -> all.stream().filter(d -> d.code().equals(code)).map(DepartmentView::id)).toList();
    }

    private List<Long> departments(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new Problem.Invalid("departmentIds", "event.departments.required");
        }
        java.util.Map<Long, String> known = departmentNames();
        for (Long department : ids) {
            if (department == null || !known.containsKey(department)) {
                throw new Problem.Invalid("departmentIds", "event.departments.unknown", String.valueOf(department));
            }
        }
        return ids.stream().distinct().toList();
    }

    /** Department id → name, read once for a whole answer (a handful of rows), not once per department. */
    private java.util.Map<Long, String> departmentNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        departments.all().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private String names(List<Long> ids) {
        java.util.Map<Long, String> known = departmentNames();
        return String.join("、", ids.stream().map(d -> known.getOrDefault(d, String.valueOf(d))).toList());
    }

    private static String join(String a, String b) {
        return b == null || b.isEmpty() ? a : a + "：" + b;
    }

    // ---- views

    private EventView view(EventRow e) {
        java.util.Map<Long, String> known = departmentNames();
        List<EventView.Department> assigned = events.assigned(e.id()).stream()
                .map(d -> new EventView.Department(d, known.getOrDefault(d, String.valueOf(d)))).toList();
        List<EventView.Step> steps = events.steps(e.id()).stream().map(s -> new EventView.Step(s.at(), s.actor(), s.action(), s.note(),
                s.photos() == null ? List.of() : List.of(s.photos().split(",")))).toList();
        return new EventView(e.id(), e.category(), e.description(), e.source(), e.reportedBy(), e.lat(), e.lon(), e.path().gridId(),
                jurisdictions.node(e.path().gridId()).name(), e.state(), e.level(), assigned, e.acceptBy(), e.onSiteBy(), e.closeBy(),
                e.breached(), e.createdAt(), e.acceptedAt(), e.closedAt(), steps);
    }

    private static EventSummary summary(EventRow e) {
        return new EventSummary(e.id(), e.category(), e.description(), e.source(), e.path().gridId(), e.state(), e.level(), e.acceptBy(),
                e.breached(), e.createdAt());
    }
}
