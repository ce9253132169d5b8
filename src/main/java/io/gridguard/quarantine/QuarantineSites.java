package io.gridguard.quarantine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.quarantine.internal.AlertRepository;
import io.gridguard.quarantine.internal.OrderRepository;
import io.gridguard.quarantine.internal.OrderRepository.OrderRow;
import io.gridguard.quarantine.internal.SiteRepository;
import io.gridguard.quarantine.internal.SiteRepository.CareRow;
import io.gridguard.quarantine.internal.SiteRepository.RoomRow;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Centralized sites (seed 002): rooms and who is in them, work groups, special care as tasks with due times, the
 * disinfection log (twice a day before meals by default, an alert when a round is overdue), the daily morning meeting
 * compiled from the figures plus notes, and capacity across all sites.
 */
@Service
public class QuarantineSites {

    static final Set<Role> SITE_READERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.MEDICAL_STAFF,
            Role.SITE_STAFF);
    static final Set<Role> SITE_KEEPERS = Set.of(Role.DISTRICT_COMMAND, Role.SITE_STAFF);
    private static final int LONGEST_NOTE = 300;

    private final SiteRepository sites;
    private final OrderRepository orders;
    private final AlertRepository alerts;
    private final Quarantines quarantines;
    private final Places places;
    private final People people;
    private final QuarantineSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    QuarantineSites(SiteRepository sites, OrderRepository orders, AlertRepository alerts, Quarantines quarantines, Places places,
                    People people, QuarantineSettings settings, AuditTrail audit, Clock clock) {
        this.sites = sites;
        this.orders = orders;
        this.alerts = alerts;
        this.quarantines = quarantines;
        this.places = places;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Capacity of every site the caller may see (a site's staff: theirs; district command: all). */
    public List<SiteView.Capacity> capacity(Caller caller) {
        caller.require(SITE_READERS);
        return capacityOf(places.page(caller, null, null, PlaceKind.QUARANTINE_SITE, new PageRequest(0, 200)).items());
    }

    /** Capacity of the sites under these nodes (the cockpit's occupancy chart). */
    public List<SiteView.Capacity> capacity(List<io.gridguard.shared.ScopeNode> scope) {
        return capacityOf(places.allOfKind(PlaceKind.QUARANTINE_SITE).stream()
                .filter(site -> io.gridguard.shared.ScopeNode.anyCovers(scope, site.path())).toList());
    }

    private List<SiteView.Capacity> capacityOf(List<PlaceView> visible) {
        Map<Long, List<RoomRow>> rooms = new HashMap<>();
        for (RoomRow room : sites.allRooms()) {
            rooms.computeIfAbsent(room.siteId(), k -> new ArrayList<>()).add(room);
        }
        Map<Long, Long> people = new HashMap<>();
        for (long[] row : orders.activeBySite()) {
            people.put(row[0], row[1]);
        }
        return visible.stream().map(site -> capacity(site, rooms.getOrDefault(site.id(), List.of()), people.getOrDefault(site.id(), 0L),
                orders.countAtSite(site.id(), "status = 'ACTIVE' AND room_id IS NULL"))).toList();
    }

    private static SiteView.Capacity capacity(PlaceView site, List<RoomRow> rooms, long people, long awaitingRoom) {
        int free = (int) rooms.stream().filter(r -> r.status() == RoomStatus.FREE).count();
        int occupied = (int) rooms.stream().filter(r -> r.status() == RoomStatus.OCCUPIED).count();
        int cleaning = (int) rooms.stream().filter(r -> r.status() == RoomStatus.CLEANING).count();
        int beds = rooms.stream().mapToInt(RoomRow::capacity).sum();
        return new SiteView.Capacity(site.id(), site.name(), rooms.size(), free, occupied, cleaning, beds, (int) people, (int) awaitingRoom);
    }

    /** A site as its staff see it today. */
    public SiteView site(Caller caller, long siteId) {
        PlaceView site = readable(caller, siteId);
        List<OrderRow> here = orders.activeAtSite(siteId);
        List<OrderSummary> summaries = quarantines.summaries(here);
        Map<Long, List<OrderSummary>> byRoom = new HashMap<>();
        List<OrderSummary> arrivals = new ArrayList<>();
        for (OrderSummary s : summaries) {
            if (s.roomId() == null) {
                arrivals.add(s);
            } else {
                byRoom.computeIfAbsent(s.roomId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<RoomRow> roomRows = sites.rooms(siteId);
        List<SiteView.Room> rooms = roomRows.stream().map(r -> new SiteView.Room(r.id(), r.number(), r.capacity(), r.status(),
                byRoom.getOrDefault(r.id(), List.of()))).toList();
        Instant dayStart = today().atStartOfDay(settings.zone()).toInstant();
        Map<Long, OrderSummary> byOrder = new HashMap<>();
        summaries.forEach(s -> byOrder.put(s.id(), s));
        Instant now = clock.instant();
        List<SiteView.CareTask> care = sites.care(siteId, dayStart).stream().map(c -> careTask(c, byOrder.get(c.orderId()), now)).toList();
        return new SiteView(site.id(), site.name(), rooms, sites.groups(siteId), arrivals, care,
                sites.disinfections(siteId, dayStart, dayStart.plus(java.time.Duration.ofDays(1))),
                capacity(site, roomRows, here.size(), arrivals.size()));
    }

    private SiteView.CareTask careTask(CareRow c, OrderSummary order, Instant now) {
        String name = order != null ? order.personName() : orders.find(c.orderId()).flatMap(o -> people.ref(o.personId()))
                .map(PersonRef::maskedName).orElse("?");
        return new SiteView.CareTask(c.id(), c.orderId(), name, order == null ? null : order.roomNumber(), c.kind(), c.note(), c.dueAt(),
                c.daily(), c.doneAt(), c.doneBy(), c.doneNote(), c.doneAt() == null && c.dueAt().isBefore(now));
    }

    /** Rooms numbered by the site's staff, each with its number of beds. */
    @Transactional
    public SiteView.Room addRoom(Caller caller, long siteId, String number, Integer capacity) {
        keep(caller, siteId);
        List<Problem.FieldError> errors = new ArrayList<>();
        String n = Quarantines.strip(number);
        if (n == null || n.length() > 20) {
            errors.add(new Problem.FieldError("number", "quarantine.room.numberInvalid"));
        } else if (sites.roomExists(siteId, n)) {
            errors.add(new Problem.FieldError("number", "quarantine.room.numberTaken", n));
        }
        if (capacity == null || capacity < 1 || capacity > 8) {
            errors.add(new Problem.FieldError("capacity", "quarantine.room.capacityRange"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        long id = sites.insertRoom(siteId, n, capacity);
        audit.record("QUARANTINE_ROOM_ADD", "quarantine_room", id, n);
        return new SiteView.Room(id, n, capacity, RoomStatus.FREE, List.of());
    }

    /** Rooms for a site set up without a person (the demo district's sites). */
    @Transactional
    public void addRooms(long siteId, int count, int capacity) {
        for (int i = 1; i <= count; i++) {
            String number = "%d%02d".formatted((i - 1) / 20 + 1, (i - 1) % 20 + 1);
            if (!sites.roomExists(siteId, number)) {
                sites.insertRoom(siteId, number, capacity);
            }
        }
    }

    /** A room cleaned after its people left is free again. */
    @Transactional
    public void roomCleaned(Caller caller, long roomId) {
        RoomRow room = sites.roomForUpdate(roomId).orElseThrow(() -> new Problem.NotFound("quarantine.room.notFound", roomId));
        keep(caller, room.siteId());
        if (room.status() != RoomStatus.CLEANING) {
            throw new Problem.Conflict("quarantine.room.notCleaning", room.number());
        }
        sites.setRoomStatus(roomId, RoomStatus.FREE);
    }

    @Transactional
    public SiteView.WorkGroup addGroup(Caller caller, long siteId, String name, String leader, String phone, String members, String duties) {
        keep(caller, siteId);
        List<Problem.FieldError> errors = new ArrayList<>();
        String n = Quarantines.strip(name);
        String l = Quarantines.strip(leader);
        String p = Quarantines.strip(phone);
        if (n == null || n.length() > 50) {
            errors.add(new Problem.FieldError("name", "quarantine.group.nameInvalid"));
        }
        if (l == null || l.length() > 50) {
            errors.add(new Problem.FieldError("leader", "quarantine.group.leaderInvalid"));
        }
        if (p != null && !p.matches("[0-9+\\-]{5,20}")) {
            errors.add(new Problem.FieldError("phone", "event.callerPhone.invalid"));
        }
        String m = Quarantines.strip(members);
        String d = Quarantines.strip(duties);
        if ((m != null && m.length() > 500) || (d != null && d.length() > 500)) {
            errors.add(new Problem.FieldError(m != null && m.length() > 500 ? "members" : "duties", "error.tooLong", 500));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        long id = sites.insertGroup(siteId, n, l, p, m, d);
        return new SiteView.WorkGroup(id, n, l, p, m, d);
    }

    /** A special-care need of someone at the site, due at a time (and every day after, for daily needs such as insulin). */
    @Transactional
    public SiteView.CareTask addCare(Caller caller, long orderId, CareNeed kind, String note, Instant dueAt, boolean daily) {
        OrderRow order = orders.find(orderId).filter(o -> o.status() == OrderStatus.ACTIVE && o.siteId() != null)
                .orElseThrow(() -> new Problem.NotFound("quarantine.order.notFound", orderId));
        keep(caller, order.siteId());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", "quarantine.care.kindRequired"));
        }
        String text = Quarantines.strip(note);
        if (text != null && text.length() > LONGEST_NOTE) {
            errors.add(new Problem.FieldError("note", "error.tooLong", LONGEST_NOTE));
        }
        if (dueAt == null) {
            errors.add(new Problem.FieldError("dueAt", "quarantine.care.dueRequired"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        long id = sites.insertCare(orderId, order.siteId(), kind, text, dueAt, daily, caller.username());
        return careTask(sites.careForUpdate(id).orElseThrow(), null, clock.instant());
    }

    /** A care task done, with a note; a daily one comes back for the next day. */
    @Transactional
    public SiteView.CareTask careDone(Caller caller, long taskId, String note) {
        CareRow task = sites.careForUpdate(taskId).orElseThrow(() -> new Problem.NotFound("quarantine.care.notFound", taskId));
        keep(caller, task.siteId());
        if (task.doneAt() != null) {
            throw new Problem.Conflict("quarantine.care.done");
        }
        String text = Quarantines.strip(note);
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("note", "error.tooLong", LONGEST_NOTE);
        }
        Instant now = clock.instant();
        sites.careDone(taskId, caller.username(), now, text);
        boolean stillHere = orders.find(task.orderId()).map(o -> o.status() == OrderStatus.ACTIVE).orElse(false);
        if (task.daily() && stillHere) {
            sites.insertCare(task.orderId(), task.siteId(), task.kind(), task.note(), task.dueAt().plus(java.time.Duration.ofDays(1)), true,
                    task.createdBy());
        }
        return careTask(sites.careForUpdate(taskId).orElseThrow(), null, now);
    }

    /** A disinfection round logged by the site's staff. */
    @Transactional
    public SiteView.Disinfection disinfect(Caller caller, long siteId, String area, String note) {
        keep(caller, siteId);
        String a = Quarantines.strip(area);
        if (a == null || a.length() > 100) {
            throw new Problem.Invalid("area", "quarantine.disinfection.areaRequired");
        }
        String text = Quarantines.strip(note);
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("note", "error.tooLong", LONGEST_NOTE);
        }
        Instant now = clock.instant();
        long id = sites.insertDisinfection(siteId, a, now, caller.username(), text);
        return new SiteView.Disinfection(id, a, now, caller.username(), text);
    }

    /**
     * Disinfection rounds overdue at {@code now}: at every site with people, each of the day's times that passed its grace
     * with no round logged since the time before it raises one alert for the site.
     */
    @Transactional
    public int watchDisinfection(Instant now) {
        ZonedDateTime local = now.atZone(settings.zone());
        LocalDate today = local.toLocalDate();
        Instant dayStart = today.atStartOfDay(settings.zone()).toInstant();
        List<LocalTime> times = settings.disinfectionTimes().stream().sorted().toList();
        int raised = 0;
        for (long[] row : orders.activeBySite()) {
            long siteId = row[0];
            Optional<PlaceView> site = places.find(siteId);
            if (site.isEmpty()) {
                continue;
            }
            List<SiteView.Disinfection> rounds = sites.disinfections(siteId, dayStart, now);
            Instant previous = dayStart;
            for (LocalTime time : times) {
                Instant due = today.atTime(time).atZone(settings.zone()).toInstant();
                Instant late = due.plus(java.time.Duration.ofMinutes(settings.disinfectionGraceMinutes()));
                Instant from = previous;
                boolean done = rounds.stream().anyMatch(r -> !r.at().isBefore(from) && r.at().isBefore(late));
                if (!now.isBefore(late) && !done && alerts.raise("DISINFECTION:" + siteId + ":" + today + ":" + time, AlertKind.DISINFECTION_OVERDUE,
                        null, siteId, site.get().path(), site.get().name() + " " + time + " 消杀未登记", now).isPresent()) {
                    raised++;
                }
                previous = due;
            }
        }
        return raised;
    }

    /** The morning meeting's report for a day: the site's figures for the day before and the day itself, plus notes. */
    public SiteView.Meeting meeting(Caller caller, long siteId, LocalDate date) {
        PlaceView site = readable(caller, siteId);
        var zone = settings.zone();
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant yesterday = date.minusDays(1).atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<RoomRow> rooms = sites.rooms(siteId);
        long people = orders.countAtSite(siteId, "status = 'ACTIVE'");
        long awaiting = orders.countAtSite(siteId, "status = 'ACTIVE' AND room_id IS NULL");
        Instant now = clock.instant();
        return new SiteView.Meeting(siteId, site.name(), date, capacity(site, rooms, people, awaiting),
                orders.countAtSite(siteId, "opened_at >= ? AND opened_at < ?", ts(yesterday), ts(dayStart)),
                orders.countAtSite(siteId, "released_at >= ? AND released_at < ?", ts(yesterday), ts(dayStart)),
                orders.countAtSite(siteId, "status = 'ACTIVE' AND planned_end <= ?", java.sql.Date.valueOf(date)),
                orders.countTestsAtSite(siteId, date, false), orders.countTestsAtSite(siteId, date, true),
                orders.countReportsAtSite(siteId, date, Slot.MORNING, false),
                orders.countReportsAtSite(siteId, date.minusDays(1), Slot.AFTERNOON, false),
                orders.countReportsAtSite(siteId, date.minusDays(1), Slot.AFTERNOON, true)
                        + orders.countReportsAtSite(siteId, date, Slot.MORNING, true),
                sites.countCare(siteId, dayStart, dayEnd, false, now), sites.countCare(siteId, yesterday, dayEnd, true, now),
                sites.disinfections(siteId, yesterday, dayStart).size(), settings.disinfectionTimes().size(),
                alerts.countOpenAtSite(siteId), sites.meetingNotes(siteId, date).orElse(""));
    }

    @Transactional
    public void saveNotes(Caller caller, long siteId, LocalDate date, String notes) {
        keep(caller, siteId);
        String text = notes == null ? "" : notes.strip();
        if (text.length() > 4000) {
            throw new Problem.Invalid("notes", "error.tooLong", 4000);
        }
        sites.saveMeetingNotes(siteId, date, text, caller.username(), clock.instant());
    }

    public LocalDate today() {
        return quarantines.today();
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    private PlaceView readable(Caller caller, long siteId) {
        caller.require(SITE_READERS);
        PlaceView site = places.find(siteId).filter(p -> p.kind() == PlaceKind.QUARANTINE_SITE)
                .orElseThrow(() -> new Problem.NotFound("quarantine.site.notFound", siteId));
        boolean mine = caller.role() == Role.SITE_STAFF ? Long.valueOf(siteId).equals(caller.placeId()) : caller.covers(site.path());
        if (!mine) {
            throw new Problem.NotFound("quarantine.site.notFound", siteId);
        }
        return site;
    }

    private void keep(Caller caller, long siteId) {
        caller.require(SITE_KEEPERS);
        readable(caller, siteId);
    }
}
