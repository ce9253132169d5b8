package io.gridguard.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.gridguard.care.internal.CareRepository;
import io.gridguard.care.internal.CareRepository.TaskRow;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.Events;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.quarantine.OrderSummary;
import io.gridguard.quarantine.Quarantines;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs of home-quarantined households as social workers' tasks (DESIGN.md §3 flow 4): asked by the household on its
 * phone or entered for it by staff; claimed, done with a note, confirmed by the household; a task not done by its due
 * time raises a LIVELIHOOD event once; counted by type, building, community and day.
 */
@Service
public class Care {

    static final Set<Role> STAFF_ENTRY = Set.of(Role.SOCIAL_WORKER, Role.GRID_WORKER, Role.COMMUNITY_STAFF);
    static final Set<Role> READERS = Set.of(Role.SOCIAL_WORKER, Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
            Role.DISTRICT_COMMAND, Role.RESIDENT);
    private static final int LONGEST_NOTE = 500;

    public enum By { TYPE, BUILDING, COMMUNITY, DAY }

    /** One line of the statistics: what it counts (a type, building, community or day) and the tasks in it. */
    public record FigureRow(String key, String label, long total, long done, long confirmed, long overdue) {
    }

    public record Figures(LocalDate from, LocalDate to, By by, List<FigureRow> rows, FigureRow total) {
    }

    /** A household in home quarantine on the social worker's page: who is there and their tasks not yet confirmed. */
    public record Household(long householdId, String name, List<OrderSummary> people, List<CareTask> tasks) {
    }

    /** A building and its households. */
    public record Building(Long buildingId, String name, List<Household> households) {
    }

    private final CareRepository tasks;
    private final Quarantines quarantines;
    private final Places places;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final Events events;
    private final CareSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Care(CareRepository tasks, Quarantines quarantines, Places places, People people, Jurisdictions jurisdictions, Events events,
         CareSettings settings, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.quarantines = quarantines;
        this.places = places;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A need of a household under home quarantine or monitoring: by the resident for their own, or by staff for one in scope. */
    @Transactional
    public CareTask request(Caller caller, NewNeed need) {
        Long householdId;
        if (caller.role() == Role.RESIDENT) {
            householdId = caller.person().flatMap(people::householdOf).orElse(null);
        } else {
            caller.require(STAFF_ENTRY);
            householdId = need.householdId();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (need.kind() == null) {
            errors.add(new Problem.FieldError("kind", "care.kind.required"));
        }
        String note = need.note() == null || need.note().isBlank() ? null : need.note().strip();
        if (note != null && note.length() > LONGEST_NOTE) {
            errors.add(new Problem.FieldError("note", "error.tooLong", LONGEST_NOTE));
        }
        Optional<PlaceView> household = Optional.ofNullable(householdId).flatMap(places::find).filter(p -> p.kind() == PlaceKind.HOUSEHOLD);
        if (household.isEmpty()) {
            errors.add(new Problem.FieldError("householdId", "care.household.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        PlaceView home = household.get();
        if (caller.role() != Role.RESIDENT) {
            caller.requireCovers(home.path());
        }
        List<OrderSummary> orders = quarantines.atHomeIn(home.id());
        if (orders.isEmpty()) {
            throw new Problem.Conflict("care.household.notQuarantined");
        }
        Instant now = clock.instant();
        Long building = home.parentPlaceId() != null && places.find(home.parentPlaceId()).map(p -> p.kind() == PlaceKind.BUILDING).orElse(false)
                ? home.parentPlaceId() : null;
        long id = tasks.insert(home.id(), building, orders.getFirst().id(), need.kind(), note, home.path(), caller.username(), now,
                now.plus(settings.dueIn(need.kind())));
        audit.record("CARE_REQUEST", "care_task", id, need.kind().name());
        return view(tasks.find(id).orElseThrow(), new HashMap<>());
    }

    /** A step on a task: a social worker claims, hands back or completes it; the household confirms. */
    @Transactional
    public CareTask act(Caller caller, long id, TaskAction action, String note) {
        if (action == null) {
            throw new Problem.Invalid("action", "care.action.required");
        }
        TaskRow task = tasks.findForUpdate(id).filter(t -> mayRead(caller, t))
                .orElseThrow(() -> new Problem.NotFound("care.task.notFound", id));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("note", "error.tooLong", LONGEST_NOTE);
        }
        Instant now = clock.instant();
        switch (action) {
            case CLAIM -> {
                caller.require(Set.of(Role.SOCIAL_WORKER));
                expect(task, TaskStatus.OPEN, action);
                tasks.claim(id, caller.username(), now);
            }
            case UNCLAIM -> {
                claimer(caller, task, action);
                tasks.unclaim(id);
            }
            case DONE -> {
                claimer(caller, task, action);
                if (text == null) {
                    throw new Problem.Invalid("note", "care.done.noteRequired");
                }
                tasks.done(id, text, now);
            }
            case CONFIRM -> {
                caller.require(Set.of(Role.RESIDENT));
                expect(task, TaskStatus.DONE, action);
                tasks.confirm(id, now);
            }
        }
        audit.record("CARE_" + action.name(), "care_task", id, text);
        return view(tasks.find(id).orElseThrow(), new HashMap<>());
    }

    private static void claimer(Caller caller, TaskRow task, TaskAction action) {
        caller.require(Set.of(Role.SOCIAL_WORKER));
        expect(task, TaskStatus.CLAIMED, action);
        if (!caller.username().equals(task.claimedBy())) {
            throw new AccessDenied("care.task.notYours");
        }
    }

    private static void expect(TaskRow task, TaskStatus status, TaskAction action) {
        if (task.status() != status) {
            throw new Problem.Conflict("care.task.transition", task.status().name(), action.name());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    public CareTask open(Caller caller, long id) {
        return tasks.find(id).filter(t -> mayRead(caller, t)).map(t -> view(t, new HashMap<>()))
                .orElseThrow(() -> new Problem.NotFound("care.task.notFound", id));
    }

    /** Tasks in the caller's scope (a resident: their household's), not confirmed first. */
    public PageOf<CareTask> page(Caller caller, TaskStatus status, PageRequest page) {
        caller.require(READERS);
        Long household = caller.role() == Role.RESIDENT ? caller.person().flatMap(people::householdOf).orElse(-1L) : null;
        Map<Long, String> names = new HashMap<>();
        return new PageOf<>(tasks.page(caller.nodes(), household, status, page.size(), page.offset()).stream().map(t -> view(t, names)).toList(),
                page.page(), page.size(), tasks.count(caller.nodes(), household, status));
    }

    /** The social worker's page: the home-quarantined households in scope by building, each with its open tasks. */
    public List<Building> households(Caller caller) {
        caller.require(Set.of(Role.SOCIAL_WORKER, Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND));
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<CareTask>> open = new HashMap<>();
        for (TaskRow t : tasks.unconfirmedIn(caller.nodes())) {
            open.computeIfAbsent(t.householdId(), k -> new ArrayList<>()).add(view(t, names));
        }
        Map<Long, List<OrderSummary>> byHousehold = new LinkedHashMap<>();
        for (OrderSummary o : quarantines.atHome(caller.nodes())) {
            byHousehold.computeIfAbsent(o.householdId(), k -> new ArrayList<>()).add(o);
        }
        Map<Long, List<Household>> byBuilding = new LinkedHashMap<>();
        Map<Long, Long> buildingOf = new HashMap<>();
        for (var entry : byHousehold.entrySet()) {
            Optional<PlaceView> home = places.find(entry.getKey());
            Long building = home.map(PlaceView::parentPlaceId).orElse(null);
            buildingOf.put(entry.getKey(), building);
            byBuilding.computeIfAbsent(building == null ? -1L : building, k -> new ArrayList<>())
                    .add(new Household(entry.getKey(), home.map(PlaceView::name).orElse("?"), entry.getValue(),
                            open.getOrDefault(entry.getKey(), List.of())));
        }
        return byBuilding.entrySet().stream().map(e -> new Building(e.getKey() < 0 ? null : e.getKey(),
                        e.getKey() < 0 ? "—" : name(e.getKey(), names), e.getValue()))
                .sorted(Comparator.comparing(Building::name)).toList();
    }

    /** Statistics for a period (district days, inclusive) in the caller's scope: by type, building, community or day. */
    public Figures figures(Caller caller, LocalDate from, LocalDate to, By by) {
        caller.require(Set.of(Role.SOCIAL_WORKER, Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND));
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new Problem.Invalid("to", "care.figures.period");
        }
        By grouping = by == null ? By.TYPE : by;
        List<TaskRow> rows = tasks.requested(caller.nodes(), from.atStartOfDay(settings.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        Function<TaskRow, String> key = switch (grouping) {
            case TYPE -> t -> t.kind().name();
            case BUILDING -> t -> t.buildingId() == null ? "-" : String.valueOf(t.buildingId());
            case COMMUNITY -> t -> String.valueOf(t.path().communityId());
            case DAY -> t -> t.requestedAt().atZone(settings.zone()).toLocalDate().toString();
        };
        Map<String, List<TaskRow>> grouped = new java.util.TreeMap<>();
        rows.forEach(t -> grouped.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<FigureRow> lines = grouped.entrySet().stream().map(e -> row(e.getKey(), label(grouping, e.getKey(), names), e.getValue(), now))
                .toList();
        return new Figures(from, to, grouping, lines, row("ALL", null, rows, now));
    }

    private String label(By by, String key, Map<Long, String> names) {
        return switch (by) {
            case TYPE, DAY -> key;
            case BUILDING -> "-".equals(key) ? "—" : name(Long.parseLong(key), names);
            case COMMUNITY -> jurisdictions.find(Long.parseLong(key)).map(NodeView::name).orElse(key);
        };
    }

    private static FigureRow row(String key, String label, List<TaskRow> rows, Instant now) {
        long done = rows.stream().filter(t -> t.status() == TaskStatus.DONE || t.status() == TaskStatus.CONFIRMED).count();
        long confirmed = rows.stream().filter(t -> t.status() == TaskStatus.CONFIRMED).count();
        long overdue = rows.stream().filter(t -> overdue(t, now)).count();
        return new FigureRow(key, label, rows.size(), done, confirmed, overdue);
    }

    /** Late: done after its due time, or not done and past it. */
    private static boolean overdue(TaskRow t, Instant now) {
        return t.doneAt() != null ? t.doneAt().isAfter(t.dueAt()) : now.isAfter(t.dueAt());
    }

    /** Tasks past their due time raise one LIVELIHOOD event each, in the household's grid. Run each minute. */
    @Transactional
    public int watch(Instant now) {
        int raised = 0;
        for (TaskRow t : tasks.lateWithoutEvent(now)) {
            long event = events.raiseOnce("LIVELIHOOD", "居家隔离户需求超时未办结：" + name(t.householdId(), new HashMap<>()) + "（任务 " + t.id()
                    + "，" + t.kind().name() + (t.note() == null ? "" : "：" + t.note()) + "）", t.path().gridId(), EventSource.RULE, "care",
                    "care:" + t.id(), java.time.Duration.ofDays(30));
            if (tasks.markOverdue(t.id(), event)) {
                raised++;
            }
        }
        return raised;
    }

    private boolean mayRead(Caller caller, TaskRow task) {
        return switch (caller.role()) {
            case RESIDENT -> caller.person().flatMap(people::householdOf).map(h -> h == task.householdId()).orElse(false);
            case SOCIAL_WORKER, GRID_WORKER, COMMUNITY_STAFF, STREET_STAFF, DISTRICT_COMMAND -> caller.covers(task.path());
            default -> false;
        };
    }

    private String name(long placeId, Map<Long, String> names) {
        return names.computeIfAbsent(placeId, id -> places.find(id).map(PlaceView::name).orElse("?"));
    }

    private CareTask view(TaskRow t, Map<Long, String> names) {
        return new CareTask(t.id(), t.householdId(), name(t.householdId(), names), t.buildingId(),
                t.buildingId() == null ? null : name(t.buildingId(), names), t.orderId(), t.kind(), t.note(), t.status(), t.path().gridId(),
                t.requestedBy(), t.requestedAt(), t.dueAt(), t.claimedBy(), t.claimedAt(), t.doneAt(), t.doneNote(), t.confirmedAt(),
                t.overdueEventId() != null || overdue(t, clock.instant()), t.overdueEventId());
    }
}
