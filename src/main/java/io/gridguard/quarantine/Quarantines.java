package io.gridguard.quarantine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.NewFact;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.quarantine.internal.OrderRepository;
import io.gridguard.quarantine.internal.OrderRepository.OrderRow;
import io.gridguard.quarantine.internal.ReleaseRules;
import io.gridguard.quarantine.internal.SiteRepository;
import io.gridguard.quarantine.internal.SiteRepository.RoomRow;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeSql;
import io.gridguard.tracing.ContactConfirmed;
import io.gridguard.tracing.ContactKind;
import io.gridguard.tracing.Contacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarantine orders from opening to release (DESIGN.md §3 flow 2): a confirmed contact opens one (close: centralized,
 * secondary: at home); staff open others by hand. Each takes its length and test schedule from the policy in force, reports
 * its fact to the health code while active, and is released only when {@link ReleaseRules} hold — or by street staff or
 * district command overriding with a reason. A close contact's centralized order is followed by home health monitoring
 * when the policy has home days; control of the contact ends with the last order.
 */
@Service
public class Quarantines {

    static final Set<Role> OPENERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.MEDICAL_STAFF);
    static final Set<Role> READERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER,
            Role.MEDICAL_STAFF, Role.SITE_STAFF, Role.RESIDENT);
    static final Set<Role> RELEASERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.MEDICAL_STAFF,
            Role.SITE_STAFF);
    static final Set<Role> OVERRIDERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF);
    static final Set<Role> TESTERS = Set.of(Role.MEDICAL_STAFF, Role.SITE_STAFF, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
            Role.DISTRICT_COMMAND);
    static final Set<Role> SENDERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF);
    private static final int LONGEST_NOTE = 500;
    private static final int LATEST_REPORTS = 28;

    private final OrderRepository orders;
    private final SiteRepository sites;
    private final People people;
    private final Places places;
    private final HealthCodes codes;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final QuarantineSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Quarantines(OrderRepository orders, SiteRepository sites, People people, Places places, HealthCodes codes, Contacts contacts,
                ApplicationEventPublisher events, QuarantineSettings settings, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.sites = sites;
        this.people = people;
        this.places = places;
        this.codes = codes;
        this.contacts = contacts;
        this.events = events;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** An order opened by hand by staff responsible for where the person lives. */
    @Transactional
    public OrderView open(Caller caller, NewOrder command) {
        caller.require(OPENERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<PersonRef> person = Optional.ofNullable(command.personId()).flatMap(people::ref);
        if (person.isEmpty()) {
            errors.add(new Problem.FieldError("personId", "quarantine.person.unknown"));
        }
        if (command.kind() == null) {
            errors.add(new Problem.FieldError("kind", "quarantine.kind.required"));
        }
        String reason = strip(command.reason());
        if (reason == null || reason.length() > LONGEST_NOTE) {
            errors.add(new Problem.FieldError("reason", "quarantine.reason.required", LONGEST_NOTE));
        }
        if (command.days() != null && (command.days() < 1 || command.days() > 60)) {
            errors.add(new Problem.FieldError("days", "quarantine.days.range"));
        }
        LocalDate start = command.startDate() == null ? today() : command.startDate();
        if (start.isBefore(today().minusDays(14)) || start.isAfter(today().plusDays(7))) {
            errors.add(new Problem.FieldError("startDate", "quarantine.startDate.range"));
        }
        PlaceView site = null;
        if (command.siteId() != null) {
            site = places.find(command.siteId()).filter(p -> p.kind() == PlaceKind.QUARANTINE_SITE).orElse(null);
            if (site == null || command.kind() != OrderKind.CENTRALIZED) {
                errors.add(new Problem.FieldError("siteId", "quarantine.site.invalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        caller.requireCovers(person.get().path());
        HealthPolicy policy = codes.policy();
        int days = command.days() != null ? command.days() : defaultDays(command.kind(), policy);
        OrderRow row = open(person.get(), command.kind(), start, days, site == null ? null : site.id(), reason, null, null,
                caller.username(), policy);
        return view(row);
    }

    /** A tracer confirmed a contact: a close contact goes to centralized quarantine, a secondary one stays at home. */
    @EventListener
    void onContactConfirmed(ContactConfirmed confirmed) {
        PersonRef person = people.ref(confirmed.personId()).orElseThrow();
        Optional<OrderRow> active = orders.active(confirmed.personId());
        if (active.isPresent()) {
            orders.addStep(active.get().id(), clock.instant(), "tracing", "CONTACT", "contact " + confirmed.contactId());
            return;
        }
        HealthPolicy policy = codes.policy();
        OrderKind kind = confirmed.kind() == ContactKind.CLOSE ? OrderKind.CENTRALIZED : OrderKind.HOME;
        String reason = (confirmed.kind() == ContactKind.CLOSE ? "密切接触者" : "次密切接触者") + "（病例 " + confirmed.caseId() + "）";
        open(person, kind, startOf(confirmed.exposedOn()), defaultDays(kind, policy), null, reason, confirmed.contactId(), null,
                "tracing", policy);
    }

    /**
     * A contact's quarantine counts from the day of the last exposure (the plans' "14 days from the last contact"), when it
     * is known and within the last fortnight; otherwise from today.
     */
    LocalDate startOf(LocalDate exposedOn) {
        LocalDate today = today();
        return exposedOn == null || exposedOn.isAfter(today) || exposedOn.isBefore(today.minusDays(14)) ? today : exposedOn;
    }

    static int defaultDays(OrderKind kind, HealthPolicy policy) {
        int days = kind == OrderKind.MONITORING && policy.homeDays() > 0 ? policy.homeDays() : policy.centralizedDays();
        return Math.max(1, days);
    }

    private OrderRow open(PersonRef person, OrderKind kind, LocalDate start, int days, Long siteId, String reason, Long contactId,
                          Long followsId, String by, HealthPolicy policy) {
        if (orders.active(person.id()).isPresent()) {
            throw new Problem.Conflict("quarantine.order.active");
        }
        Instant now = clock.instant();
        Long household = people.householdOf(person.id()).orElse(null);
        OrderRow row = new OrderRow(0, person.id(), kind, OrderStatus.ACTIVE, contactId, policy.version(), start,
                start.plusDays(days - 1L), siteId, null, household, person.path(), reason, by, now, null, null, null, false, followsId);
        long id = orders.insert(row);
        for (int day : policy.testDaysFor(days)) {
            orders.scheduleTest(id, day, start.plusDays(day - 1L));
        }
        orders.addStep(id, now, by, "OPEN", reason);
        codes.report(new NewFact(person.id(), kind.fact(), now, "QUARANTINE", "order " + id), by);
        audit.record("QUARANTINE_OPEN", "quarantine_order", id, kind.name());
        events.publishEvent(new QuarantineOpened(id, person.id(), kind, household, person.path()));
        return orders.find(id).orElseThrow();
    }

    public OrderView open(Caller caller, long id) {
        OrderRow row = visible(caller, id);
        audit.record("QUARANTINE_VIEW", "quarantine_order", id, null);
        return view(row);
    }

    /** The resident's own active order, if any. */
    public Optional<OrderView> mine(Caller caller) {
        caller.require(Set.of(Role.RESIDENT));
        return caller.person().flatMap(orders::active).map(this::view);
    }

    /** Orders in the caller's scope (a site's staff: their site; a resident: their own), newest first. */
    public PageOf<OrderSummary> page(Caller caller, OrderStatus status, OrderKind kind, Long personId, PageRequest page) {
        caller.require(READERS);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        switch (caller.role()) {
            case SITE_STAFF -> {
                where.append("site_id = ?");
                params.add(caller.placeId() == null ? -1L : caller.placeId());
            }
            case RESIDENT -> {
                where.append("person_id = ?");
                params.add(caller.person().orElse(-1L));
            }
            default -> {
                where.append(ScopeSql.where(caller.nodes()));
                params.addAll(ScopeSql.params(caller.nodes()));
            }
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        if (personId != null) {
            where.append(" AND person_id = ?");
            params.add(personId);
        }
        List<OrderRow> rows = orders.page(where.toString(), params, page.size(), page.offset());
        return new PageOf<>(summaries(rows), page.page(), page.size(), orders.count(where.toString(), params));
    }

    /** People under an active home quarantine order, by household (the cockpit's risk map). */
    public Map<Long, Long> homeByHousehold() {
        return orders.activeHomeByHousehold();
    }

    /** Active orders by kind of the people who live under these nodes (the cockpit's headline figures). */
    public Map<OrderKind, Long> activeByKind(List<io.gridguard.shared.ScopeNode> scope) {
        Map<OrderKind, Long> counts = new java.util.EnumMap<>(OrderKind.class);
        for (OrderKind kind : OrderKind.values()) {
            List<Object> params = new ArrayList<>(ScopeSql.params(scope));
            params.add(kind.name());
            counts.put(kind, orders.count(ScopeSql.where(scope) + " AND status = 'ACTIVE' AND kind = ?", params));
        }
        return counts;
    }

    /** Active home quarantine and monitoring orders under these nodes (the households social workers look after). */
    public List<OrderSummary> atHome(List<io.gridguard.shared.ScopeNode> scope) {
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        String where = "status = 'ACTIVE' AND kind <> 'CENTRALIZED' AND household_id IS NOT NULL AND " + ScopeSql.where(scope);
        return summaries(orders.page(where, params, 2000, 0));
    }

    /** The active home quarantine or monitoring orders of a household. */
    public List<OrderSummary> atHomeIn(long householdId) {
        return summaries(orders.activeInHousehold(householdId));
    }

    /** Centralized orders in the caller's scope that no site has taken yet. */
    public List<OrderSummary> awaitingSite(Caller caller) {
        caller.require(SENDERS);
        return summaries(orders.awaitingSite(caller.nodes()));
    }

    List<OrderSummary> summaries(List<OrderRow> rows) {
        LocalDate today = today();
        List<Long> ids = rows.stream().map(OrderRow::id).toList();
        Set<Long> morning = new HashSet<>(orders.reportedIn(ids, today, Slot.MORNING));
        Set<Long> afternoon = new HashSet<>(orders.reportedIn(ids, today, Slot.AFTERNOON));
        // the rooms of each site in one read, not one read per person
        Map<Long, String> rooms = rows.stream().filter(r -> r.roomId() != null).map(OrderRow::siteId).distinct()
                .flatMap(site -> sites.rooms(site).stream()).collect(Collectors.toMap(RoomRow::id, RoomRow::number));
        return rows.stream().map(r -> new OrderSummary(r.id(), r.personId(), people.ref(r.personId()).map(PersonRef::maskedName).orElse("?"),
                r.kind(), r.status(), r.startDate(), r.plannedEnd(), dayOf(r, today), r.siteId(), r.roomId(),
                r.roomId() == null ? null : rooms.get(r.roomId()), r.householdId(), r.path().gridId(), morning.contains(r.id()),
                afternoon.contains(r.id()))).toList();
    }

    /** District command or street staff send a centralized order to a site; the site's staff then give it a room. */
    @Transactional
    public OrderView sendToSite(Caller caller, long id, Long siteId) {
        caller.require(SENDERS);
        OrderRow order = activeForUpdate(caller, id);
        if (order.kind() != OrderKind.CENTRALIZED) {
            throw new Problem.Conflict("quarantine.order.notCentralized");
        }
        PlaceView site = Optional.ofNullable(siteId).flatMap(places::find).filter(p -> p.kind() == PlaceKind.QUARANTINE_SITE)
                .orElseThrow(() -> new Problem.Invalid("siteId", "quarantine.site.invalid"));
        leaveRoom(order);
        orders.setSite(id, site.id(), null);
        orders.addStep(id, clock.instant(), caller.username(), "SITE", site.name());
        return view(orders.find(id).orElseThrow());
    }

    /**
     * A room for a centralized order (an arrival, or a transfer): the site's staff within their site, street staff and
     * district command anywhere. A room takes people up to its capacity, and only one household at a time; a room being
     * cleaned takes no one.
     */
    @Transactional
    public OrderView assignRoom(Caller caller, long id, Long roomId) {
        caller.require(Set.of(Role.SITE_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND));
        OrderRow order = activeForUpdate(caller, id);
        if (order.kind() != OrderKind.CENTRALIZED) {
            throw new Problem.Conflict("quarantine.order.notCentralized");
        }
        RoomRow room = Optional.ofNullable(roomId).flatMap(sites::roomForUpdate)
                .orElseThrow(() -> new Problem.Invalid("roomId", "quarantine.room.unknown"));
        if (caller.role() == Role.SITE_STAFF && (!Long.valueOf(room.siteId()).equals(caller.placeId()) || !Long.valueOf(room.siteId()).equals(order.siteId()))) {
            throw new AccessDenied("quarantine.room.otherSite");
        }
        if (roomId.equals(order.roomId())) {
            return view(order);
        }
        if (room.status() == RoomStatus.CLEANING) {
            throw new Problem.Conflict("quarantine.room.cleaning", room.number());
        }
        List<OrderRow> occupants = orders.activeInRoom(room.id());
        if (occupants.size() >= room.capacity()) {
            throw new Problem.Conflict("quarantine.room.full", room.number());
        }
        if (occupants.stream().anyMatch(o -> order.householdId() == null || !order.householdId().equals(o.householdId()))) {
            throw new Problem.Conflict("quarantine.room.notFamily", room.number());
        }
        boolean transfer = order.roomId() != null;
        leaveRoom(order);
        orders.setSite(id, room.siteId(), room.id());
        sites.setRoomStatus(room.id(), RoomStatus.OCCUPIED);
        String site = places.find(room.siteId()).map(PlaceView::name).orElse("");
        orders.addStep(id, clock.instant(), caller.username(), transfer ? "TRANSFER" : "ROOM", site + " " + room.number());
        return view(orders.find(id).orElseThrow());
    }

    /** The room the page suggests for someone: one where their family is and there is space, else the first free one. */
    public static Optional<SiteView.Room> suggestRoom(Long householdId, List<SiteView.Room> rooms) {
        if (householdId != null) {
            Optional<SiteView.Room> family = rooms.stream().filter(r -> r.status() == RoomStatus.OCCUPIED && r.free() > 0
                    && r.occupants().stream().allMatch(o -> householdId.equals(o.householdId()))).findFirst();
            if (family.isPresent()) {
                return family;
            }
        }
        return rooms.stream().filter(r -> r.status() == RoomStatus.FREE && r.capacity() > 0).findFirst();
    }

    /** The order's room is left: cleaned before anyone else moves in, once no one is left in it. */
    private void leaveRoom(OrderRow order) {
        if (order.roomId() != null && orders.activeInRoom(order.roomId()).stream().allMatch(o -> o.id() == order.id())) {
            sites.setRoomStatus(order.roomId(), RoomStatus.CLEANING);
        }
    }

    /** More days: the planned end moves and a test is due on the new last day. */
    @Transactional
    public OrderView extend(Caller caller, long id, Integer days, String reason) {
        caller.require(RELEASERS);
        OrderRow order = activeForUpdate(caller, id);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (days == null || days < 1 || days > 30) {
            errors.add(new Problem.FieldError("days", "quarantine.extend.range"));
        }
        String why = strip(reason);
        if (why == null || why.length() > LONGEST_NOTE) {
            errors.add(new Problem.FieldError("reason", "quarantine.reason.required", LONGEST_NOTE));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        LocalDate end = order.plannedEnd().plusDays(days);
        orders.extend(id, end);
        int lastDay = (int) ChronoUnit.DAYS.between(order.startDate(), end) + 1;
        orders.scheduleTest(id, lastDay, end);
        orders.addStep(id, clock.instant(), caller.username(), "EXTEND", "+" + days + "：" + why);
        audit.record("QUARANTINE_EXTEND", "quarantine_order", id, days + " " + why);
        return view(orders.find(id).orElseThrow());
    }

    /** A scheduled test's result, recorded by medical or site staff; it also reaches the health code. */
    @Transactional
    public OrderView recordTest(Caller caller, long id, Integer day, TestOutcome result) {
        caller.require(TESTERS);
        OrderRow order = activeForUpdate(caller, id);
        if (result == null) {
            throw new Problem.Invalid("result", "quarantine.test.resultRequired");
        }
        Optional<OrderView.ScheduledTest> test = orders.tests(id).stream().filter(t -> day != null && t.day() == day).findFirst();
        if (test.isEmpty()) {
            throw new Problem.Invalid("day", "quarantine.test.notScheduled", day == null ? "" : day);
        }
        if (test.get().dueDate().isAfter(today())) {
            throw new Problem.Conflict("quarantine.test.notDue", test.get().dueDate().toString());
        }
        Instant now = clock.instant();
        orders.recordTest(id, day, result, now, caller.username());
        orders.addStep(id, now, caller.username(), "TEST", "D" + day + " " + result.name());
        codes.report(new NewFact(order.personId(), result == TestOutcome.NEGATIVE ? io.gridguard.healthcode.FactKind.TEST_NEGATIVE
                : io.gridguard.healthcode.FactKind.TEST_POSITIVE, now, "QUARANTINE", "order " + id + " day " + day), caller.username());
        return view(orders.find(id).orElseThrow());
    }

    /**
     * A lab's result for someone under an order answers the latest scheduled test due by today that has none yet (a test
     * taken at a testing point rather than entered by the order's staff). Results before the order began, or with no test
     * due, are the health code's business only.
     */
    @EventListener
    void onPersonTested(io.gridguard.testing.PersonTested tested) {
        Optional<OrderRow> order = orders.active(tested.personId());
        if (order.isEmpty()) {
            return;
        }
        LocalDate day = tested.at().atZone(settings.zone()).toLocalDate();
        Optional<OrderView.ScheduledTest> due = orders.tests(order.get().id()).stream()
                .filter(t -> t.result() == null && !t.dueDate().isAfter(day)).reduce((first, later) -> later);
        if (due.isPresent()) {
            TestOutcome outcome = tested.result() == io.gridguard.testing.TestResult.NEGATIVE ? TestOutcome.NEGATIVE : TestOutcome.POSITIVE;
            orders.recordTest(order.get().id(), due.get().day(), outcome, tested.at(), "lab");
            orders.addStep(order.get().id(), tested.at(), "lab", "TEST", "D" + due.get().day() + " " + outcome.name() + " (" + tested.tube() + ")");
        }
    }

    /** What still stands in the way of releasing an order (empty: it may be released). */
    public List<ReleaseRules.Unmet> unmet(Caller caller, long id) {
        return unmet(visible(caller, id));
    }

    private List<ReleaseRules.Unmet> unmet(OrderRow order) {
        return ReleaseRules.unmet(today(), order.plannedEnd(), orders.tests(order.id()),
                orders.feverSince(order.id(), clock.instant().minus(java.time.Duration.ofDays(1))));
    }

    /**
     * Release: when the policy's conditions hold, or by street staff or district command overriding them with a reason.
     * The order's fact leaves the health code; a close contact's centralized order is followed by home health monitoring
     * when the policy has home days, and the contact's control ends with the last order.
     */
    @Transactional
    public OrderView release(Caller caller, long id, boolean override, String note) {
        caller.require(RELEASERS);
        OrderRow order = activeForUpdate(caller, id);
        String text = strip(note);
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("note", "quarantine.note.tooLong", LONGEST_NOTE);
        }
        List<ReleaseRules.Unmet> unmet = unmet(order);
        if (!unmet.isEmpty() && !override) {
            throw new Problem.Conflict(unmet.getFirst().messageKey(), unmet.getFirst().args());
        }
        boolean overridden = !unmet.isEmpty();
        if (overridden) {
            caller.require(OVERRIDERS);
            if (text == null) {
                throw new Problem.Invalid("note", "quarantine.override.reasonRequired");
            }
        }
        end(order, caller.username(), text, overridden);
        HealthPolicy policy = codes.policy();
        if (order.kind() == OrderKind.CENTRALIZED && order.contactId() != null && !overridden && policy.homeDays() > 0) {
            PersonRef person = people.ref(order.personId()).orElseThrow();
            // monitoring takes over the day after the centralized days, or today when they ended before
            LocalDate next = order.plannedEnd().plusDays(1);
            open(person, OrderKind.MONITORING, next.isBefore(today()) ? today() : next, policy.homeDays(), null, "集中隔离期满，居家健康监测",
                    order.contactId(), id, caller.username(), policy);
        } else if (order.contactId() != null) {
            contacts.endControl(order.contactId(), caller.username());
        }
        return view(orders.find(id).orElseThrow());
    }

    private void end(OrderRow order, String by, String note, boolean overridden) {
        Instant now = clock.instant();
        leaveRoom(order);
        orders.release(order.id(), by, now, note, overridden);
        orders.addStep(order.id(), now, by, overridden ? "RELEASE_OVERRIDE" : "RELEASE", note);
        codes.clear(order.personId(), Set.of(order.kind().fact()));
        audit.record(overridden ? "QUARANTINE_RELEASE_OVERRIDE" : "QUARANTINE_RELEASE", "quarantine_order", order.id(), note);
        events.publishEvent(new QuarantineReleased(order.id(), order.personId(), order.kind(), order.householdId(), order.path(), overridden));
    }

    /** A tracer ended control of the contact an order was opened for, or handed them back to their region: the order ends. */
    @EventListener
    void onContactEnded(io.gridguard.tracing.ContactEnded ended) {
        orders.active(ended.personId()).filter(o -> Long.valueOf(ended.contactId()).equals(o.contactId()))
                .flatMap(o -> orders.findForUpdate(o.id())).filter(o -> o.status() == OrderStatus.ACTIVE)
                .ifPresent(order -> end(order, ended.by(), ended.status() == io.gridguard.tracing.ContactStatus.RETURNED
                        ? "流调退回" : "流调结束管控", !unmet(order).isEmpty()));
    }

    /** An active order the caller may act on, locked. */
    private OrderRow activeForUpdate(Caller caller, long id) {
        OrderRow order = orders.findForUpdate(id).filter(o -> mayRead(caller, o))
                .orElseThrow(() -> new Problem.NotFound("quarantine.order.notFound", id));
        if (order.status() != OrderStatus.ACTIVE) {
            throw new Problem.Conflict("quarantine.order.released");
        }
        return order;
    }

    OrderRow visible(Caller caller, long id) {
        caller.require(READERS);
        return orders.find(id).filter(o -> mayRead(caller, o)).orElseThrow(() -> new Problem.NotFound("quarantine.order.notFound", id));
    }

    static boolean mayRead(Caller caller, OrderRow order) {
        return switch (caller.role()) {
            case RESIDENT -> caller.person().map(p -> p == order.personId()).orElse(false);
            case SITE_STAFF -> caller.placeId() != null && caller.placeId().equals(order.siteId());
            case DISTRICT_COMMAND, STREET_STAFF, COMMUNITY_STAFF, GRID_WORKER, MEDICAL_STAFF -> caller.covers(order.path());
            default -> false;
        };
    }

    static int dayOf(OrderRow order, LocalDate today) {
        LocalDate last = order.status() == OrderStatus.ACTIVE ? today : order.plannedEnd();
        return (int) Math.max(0, ChronoUnit.DAYS.between(order.startDate(), last) + 1);
    }

    OrderView view(OrderRow r) {
        PersonRef person = people.ref(r.personId()).orElse(new PersonRef(r.personId(), "?", "?", r.path()));
        String site = r.siteId() == null ? null : places.find(r.siteId()).map(PlaceView::name).orElse(null);
        String room = r.roomId() == null ? null : sites.room(r.roomId()).map(RoomRow::number).orElse(null);
        int days = (int) ChronoUnit.DAYS.between(r.startDate(), r.plannedEnd()) + 1;
        return new OrderView(r.id(), r.personId(), person.maskedName(), person.maskedIdNumber(), r.kind(), r.status(), r.contactId(),
                r.policyVersion(), r.startDate(), r.plannedEnd(), dayOf(r, today()), days, r.siteId(), site, r.roomId(), room,
                r.householdId(), r.path().gridId(), r.reason(), r.openedBy(), r.openedAt(), r.releasedBy(), r.releasedAt(),
                r.releaseNote(), r.overridden(), r.followsId(), orders.tests(r.id()), orders.reports(r.id(), LATEST_REPORTS),
                orders.steps(r.id()));
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
