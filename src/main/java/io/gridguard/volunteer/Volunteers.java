package io.gridguard.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import io.gridguard.volunteer.internal.VolunteerRepository;
import io.gridguard.volunteer.internal.VolunteerRepository.AttendanceRow;
import io.gridguard.volunteer.internal.VolunteerRepository.MemberRow;
import io.gridguard.volunteer.internal.VolunteerRepository.OpenAttendance;
import io.gridguard.volunteer.internal.VolunteerRepository.ShiftRow;
import io.gridguard.volunteer.internal.VolunteerRepository.TeamRow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer teams, members, shifts, check-in/out and the hours ledger (DESIGN.md §3 flow 11). Community, street and
 * district staff run the teams in their scope; a resident applies, takes shifts of their teams and checks in and out
 * themself; a checkpoint's operator checks in the volunteers of shifts at their checkpoint.
 */
@Service
public class Volunteers {

    static final Set<Role> MANAGERS = Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND);
    /** Who sees who is on duty: the cockpit's readers. */
    static final Set<Role> DUTY_READERS = Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND, Role.GRID_WORKER);
    /** Places that are not somewhere to stand a shift. */
    private static final Set<PlaceKind> NOT_POSTS = Set.of(PlaceKind.HOUSEHOLD, PlaceKind.BUILDING);
    private static final int LONGEST_NAME = 100;
    private static final int LONGEST_SKILLS = 200;
    private static final int LONGEST_NOTE = 500;
    private static final int MOST_SLOTS = 100;
    private static final int MOST_CORRECTION = 24 * 60;
    private static final int LIST_LIMIT = 500;
    private static final Duration RESIDENT_HORIZON = Duration.ofDays(7);

    private final VolunteerRepository repository;
    private final Jurisdictions jurisdictions;
    private final Places places;
    private final People people;
    private final VolunteerSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Volunteers(VolunteerRepository repository, Jurisdictions jurisdictions, Places places, People people, VolunteerSettings settings,
               AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.places = places;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    // --- teams

    @Transactional
    public Team createTeam(Caller caller, NewTeam team) {
        caller.require(MANAGERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = team.name() == null ? "" : team.name().strip();
        if (name.isEmpty()) {
            errors.add(new Problem.FieldError("name", "volunteer.team.name.required"));
        } else if (name.length() > LONGEST_NAME) {
            errors.add(new Problem.FieldError("name", "error.tooLong", LONGEST_NAME));
        }
        Optional<NodeView> community = Optional.ofNullable(team.communityId()).flatMap(jurisdictions::find)
                .filter(node -> node.level() == NodeLevel.COMMUNITY);
        if (community.isEmpty()) {
            errors.add(new Problem.FieldError("communityId", "volunteer.team.community.required"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        jurisdictions.requireVisible(caller, community.get().id());
        List<NodeView> path = jurisdictions.pathTo(community.get().id());
        long id;
        try {
            id = repository.insertTeam(name, path.get(0).id(), path.get(1).id(), community.get().id(), caller.username(), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw new Problem.Conflict("volunteer.team.duplicate", name);
        }
        audit.record("VOLUNTEER_TEAM", "volunteer_team", id, name);
        return teamViews(List.of(repository.team(id).orElseThrow())).getFirst();
    }

    /** Staff: the teams of the communities in their scope; a resident: the teams of their street. */
    public List<Team> teams(Caller caller) {
        if (caller.role() == Role.RESIDENT) {
            return teamViews(residentPath(caller).map(path -> repository.teamsOfStreet(path.streetId())).orElse(List.of()));
        }
        caller.require(MANAGERS);
        return teamViews(repository.teams(caller.nodes()));
    }

    // --- members

    /** A resident applies to a team of their street (APPLIED); staff enrol a person of their scope (ACTIVE at once). */
    @Transactional
    public Volunteer enrol(Caller caller, Enrolment enrolment) {
        boolean resident = caller.role() == Role.RESIDENT;
        if (!resident) {
            caller.require(MANAGERS);
        }
        String skills = enrolment.skills() == null || enrolment.skills().isBlank() ? null : enrolment.skills().strip();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (skills != null && skills.length() > LONGEST_SKILLS) {
            errors.add(new Problem.FieldError("skills", "error.tooLong", LONGEST_SKILLS));
        }
        Optional<TeamRow> team = Optional.ofNullable(enrolment.teamId()).flatMap(repository::team);
        if (team.isEmpty()) {
            errors.add(new Problem.FieldError("teamId", "volunteer.team.unknown"));
        }
        if (!resident && enrolment.personId() == null) {
            errors.add(new Problem.FieldError("personId", "volunteer.person.required"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        long personId;
        VolunteerStatus status;
        if (resident) {
            NodePath home = residentPath(caller).orElseThrow(() -> new AccessDenied("error.access.role"));
            if (team.get().streetId() != home.streetId()) {
                throw new Problem.Invalid("teamId", "volunteer.team.notNear");
            }
            personId = caller.personId();
            status = VolunteerStatus.APPLIED;
        } else {
            requireTeamInScope(caller, team.get());
            personId = people.requireVisible(caller, enrolment.personId()).id();
            status = VolunteerStatus.ACTIVE;
        }
        long id;
        try {
            id = repository.insertMember(personId, team.get().id(), status, skills, caller.username(), clock.instant());
        } catch (DuplicateKeyException already) {
            throw new Problem.Conflict("volunteer.already", team.get().name());
        }
        audit.record(resident ? "VOLUNTEER_APPLY" : "VOLUNTEER_ENROL", "volunteer", id, team.get().name());
        return memberViews(List.of(repository.member(id).orElseThrow())).getFirst();
    }

    @Transactional
    public Volunteer decide(Caller caller, long id, Boolean approve, String reason) {
        caller.require(MANAGERS);
        MemberRow member = memberInScope(caller, id);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (approve == null) {
            throw new Problem.Invalid("approve", "volunteer.decision.required");
        }
        if (!approve && text == null) {
            throw new Problem.Invalid("reason", "volunteer.reason.required");
        }
        if (text != null && text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("reason", "error.tooLong", LONGEST_NOTE);
        }
        if (member.status() != VolunteerStatus.APPLIED) {
            throw new Problem.Conflict("volunteer.decided");
        }
        VolunteerStatus status = approve ? VolunteerStatus.ACTIVE : VolunteerStatus.REJECTED;
        repository.decide(id, status, caller.username(), clock.instant(), text);
        audit.record("VOLUNTEER_DECISION", "volunteer", id, status.name());
        return memberViews(List.of(repository.member(id).orElseThrow())).getFirst();
    }

    /** Members of the teams in the caller's scope (one team if asked), those waiting for a decision first. */
    public PageOf<Volunteer> members(Caller caller, Long teamId, VolunteerStatus status, PageRequest page) {
        caller.require(MANAGERS);
        List<Long> teams = repository.teams(caller.nodes()).stream().map(TeamRow::id).filter(id -> teamId == null || id.equals(teamId)).toList();
        return new PageOf<>(memberViews(repository.members(teams, status, page.size(), page.offset())), page.page(), page.size(),
                repository.countMembers(teams, status));
    }

    /** A correction of the ledger by staff (a shift worked without checking in, a mistaken check-out), with a note. */
    @Transactional
    public Volunteer correctHours(Caller caller, long id, Integer minutes, String note) {
        caller.require(MANAGERS);
        MemberRow member = memberInScope(caller, id);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (minutes == null || minutes == 0 || Math.abs(minutes) > MOST_CORRECTION) {
            errors.add(new Problem.FieldError("minutes", "volunteer.hours.range", MOST_CORRECTION));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            errors.add(new Problem.FieldError("note", "volunteer.hours.note"));
        } else if (text.length() > LONGEST_NOTE) {
            errors.add(new Problem.FieldError("note", "error.tooLong", LONGEST_NOTE));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        long total = repository.minutesOf(List.of(id)).getOrDefault(id, 0L);
        if (total + minutes < 0) {
            throw new Problem.Invalid("minutes", "volunteer.hours.negative", total);
        }
        repository.insertHours(id, member.teamId(), null, minutes, text, caller.username(), clock.instant());
        audit.record("VOLUNTEER_HOURS", "volunteer", id, minutes + " min: " + text);
        return memberViews(List.of(member)).getFirst();
    }

    // --- shifts

    @Transactional
    public Shift publish(Caller caller, NewShift shift) {
        caller.require(MANAGERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<TeamRow> team = Optional.ofNullable(shift.teamId()).flatMap(repository::team);
        if (team.isEmpty()) {
            errors.add(new Problem.FieldError("teamId", "volunteer.team.unknown"));
        }
        Optional<PlaceView> place = Optional.ofNullable(shift.placeId()).flatMap(places::find).filter(p -> !NOT_POSTS.contains(p.kind()));
        if (place.isEmpty()) {
            errors.add(new Problem.FieldError("placeId", "volunteer.shift.place"));
        }
        Instant now = clock.instant();
        if (shift.startsAt() == null) {
            errors.add(new Problem.FieldError("startsAt", "volunteer.shift.startsAt"));
        }
        if (shift.endsAt() == null) {
            errors.add(new Problem.FieldError("endsAt", "volunteer.shift.endsAt"));
        } else if (shift.startsAt() != null) {
            if (!shift.endsAt().isAfter(shift.startsAt())) {
                errors.add(new Problem.FieldError("endsAt", "volunteer.shift.order"));
            } else if (Duration.between(shift.startsAt(), shift.endsAt()).compareTo(settings.longestShift()) > 0) {
                errors.add(new Problem.FieldError("endsAt", "volunteer.shift.tooLong", settings.longestShift().toHours()));
            } else if (!shift.endsAt().isAfter(now)) {
                errors.add(new Problem.FieldError("endsAt", "volunteer.shift.past"));
            }
        }
        if (shift.slots() == null || shift.slots() < 1 || shift.slots() > MOST_SLOTS) {
            errors.add(new Problem.FieldError("slots", "volunteer.shift.slots", MOST_SLOTS));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        requireTeamInScope(caller, team.get());
        caller.requireCovers(place.get().path());
        long id = repository.insertShift(team.get().id(), place.get().id(), shift.startsAt(), shift.endsAt(), shift.slots(),
                place.get().path(), caller.username(), now);
        audit.record("VOLUNTEER_SHIFT", "volunteer_shift", id, place.get().name());
        return shiftViews(List.of(repository.shift(id).orElseThrow())).getFirst();
    }

    /**
     * Shifts overlapping [from, to): staff's at places in their scope, a checkpoint operator's at their checkpoint, a
     * resident's those of their teams in the coming week. Without {@code from}: from now; without {@code to}: a day on.
     */
    public List<Shift> shifts(Caller caller, Instant from, Instant to) {
        if (from == null) {
            from = clock.instant();
        }
        if (to == null) {
            to = from.plus(Duration.ofDays(1));
        }
        if (!to.isAfter(from)) {
            throw new Problem.Invalid("to", "volunteer.figures.order");
        }
        if (caller.role() == Role.RESIDENT) {
            return shiftViews(repository.shiftsOfTeams(activeTeams(caller), clock.instant(), clock.instant().plus(RESIDENT_HORIZON), LIST_LIMIT));
        }
        if (caller.role() == Role.CHECKPOINT_OPERATOR) {
            return caller.placeId() == null ? List.of() : shiftViews(repository.shiftsAt(caller.placeId(), from, to));
        }
        caller.require(MANAGERS);
        return shiftViews(repository.shifts(caller.nodes(), from, to, LIST_LIMIT));
    }

    public Shift shift(Caller caller, long id) {
        ShiftRow shift = repository.shift(id).filter(s -> maySee(caller, s)).orElseThrow(() -> new Problem.NotFound("volunteer.shift.notFound", id));
        return shiftViews(List.of(shift)).getFirst();
    }

    /** Takes a slot of a shift: a resident for themself (a member of the shift's team), staff for a member. */
    @Transactional
    public Shift take(Caller caller, long shiftId, Long volunteerId) {
        requireRunsShifts(caller);
        ShiftRow shift = lockedShift(caller, shiftId);
        MemberRow member = actingMember(caller, shift, volunteerId);
        Instant now = clock.instant();
        if (!shift.endsAt().isAfter(now)) {
            throw new Problem.Conflict("volunteer.shift.over");
        }
        if (repository.attendance(shiftId, member.id()).isPresent()) {
            throw new Problem.Conflict("volunteer.shift.already");
        }
        if (repository.taken(shiftId) >= shift.slots()) {
            throw new Problem.Conflict("volunteer.shift.full");
        }
        if (repository.busy(member.personId(), shift.startsAt(), shift.endsAt())) {
            throw new Problem.Conflict("volunteer.shift.overlap");
        }
        repository.insertAttendance(shiftId, member.id(), caller.username(), now);
        return shiftViews(List.of(shift)).getFirst();
    }

    /** Gives a slot back before checking in. */
    @Transactional
    public Shift release(Caller caller, long shiftId, Long volunteerId) {
        requireRunsShifts(caller);
        ShiftRow shift = lockedShift(caller, shiftId);
        MemberRow member = actingMember(caller, shift, volunteerId);
        AttendanceRow attendance = slot(shiftId, member);
        if (attendance.checkedInAt() != null) {
            throw new Problem.Conflict("volunteer.checkedIn");
        }
        repository.deleteAttendance(attendance.id());
        return shiftViews(List.of(shift)).getFirst();
    }

    /** Checks in: from {@code checkInEarly} before the start until the end; the volunteer, staff, or the checkpoint's operator. */
    @Transactional
    public Shift checkIn(Caller caller, long shiftId, Long volunteerId) {
        ShiftRow shift = lockedShift(caller, shiftId);
        MemberRow member = actingMember(caller, shift, volunteerId);
        AttendanceRow attendance = slot(shiftId, member);
        Instant now = clock.instant();
        if (now.isBefore(shift.startsAt().minus(settings.checkInEarly())) || !now.isBefore(shift.endsAt())) {
            throw new Problem.Conflict("volunteer.checkIn.window", settings.checkInEarly().toMinutes());
        }
        if (!repository.checkIn(attendance.id(), caller.username(), now)) {
            throw new Problem.Conflict("volunteer.checkedIn");
        }
        return shiftViews(List.of(shift)).getFirst();
    }

    /** Checks out: the time since check-in goes into the hours ledger. */
    @Transactional
    public Shift checkOut(Caller caller, long shiftId, Long volunteerId) {
        ShiftRow shift = lockedShift(caller, shiftId);
        MemberRow member = actingMember(caller, shift, volunteerId);
        AttendanceRow attendance = slot(shiftId, member);
        if (attendance.checkedInAt() == null) {
            throw new Problem.Conflict("volunteer.notCheckedIn");
        }
        Instant now = clock.instant();
        if (!repository.checkOut(attendance.id(), caller.username(), now, false)) {
            throw new Problem.Conflict("volunteer.checkedOut");
        }
        repository.insertHours(member.id(), shift.teamId(), attendance.id(), Duration.between(attendance.checkedInAt(), now).toMinutes(),
                null, caller.username(), now);
        return shiftViews(List.of(shift)).getFirst();
    }

    /**
     * Closes attendances nobody checked out {@code closeAfter} past their shift's end, at the shift's end, and records
     * their hours. Each is closed once even when two instances run this at the same minute.
     */
    @Transactional
    public int closeForgotten(Instant now) {
        int closed = 0;
        for (OpenAttendance open : repository.leftOpen(now.minus(settings.closeAfter()), LIST_LIMIT)) {
            Instant end = open.endsAt().isAfter(open.checkedInAt()) ? open.endsAt() : open.checkedInAt();
            if (repository.checkOut(open.id(), "system", end, true)) {
                repository.insertHours(open.volunteerId(), open.teamId(), open.id(), Duration.between(open.checkedInAt(), end).toMinutes(),
                        null, "system", now);
                closed++;
            }
        }
        return closed;
    }

    // --- on duty, figures

    /** Who is on duty now at places under the caller's nodes (or one node inside them). */
    public List<OnDuty> onDuty(Caller caller, Long nodeId) {
        caller.require(DUTY_READERS);
        List<OpenAttendance> open = repository.onDuty(jurisdictions.scopeOf(caller, nodeId), LIST_LIMIT);
        Map<Long, MemberRow> members = repository.membersByIds(open.stream().map(OpenAttendance::volunteerId).distinct().toList());
        Map<Long, String> teams = teamNames(open.stream().map(OpenAttendance::teamId).toList());
        Map<Long, String> placeNames = new HashMap<>();
        return open.stream().map(o -> new OnDuty(o.volunteerId(), name(members.get(o.volunteerId()).personId()), teams.get(o.teamId()),
                o.shiftId(), o.placeId(), placeNames.computeIfAbsent(o.placeId(), this::placeName), o.startsAt(), o.endsAt(),
                o.checkedInAt())).toList();
    }

    /** Volunteers checked in now at places under these nodes (the cockpit's figure). */
    public long onDutyCount(List<ScopeNode> scope) {
        return repository.countOnDuty(scope);
    }

    /** Active volunteers of the teams under these nodes (none for a grid: teams are a community's). */
    public long activeCount(List<ScopeNode> scope) {
        return repository.countActive(scope);
    }

    /** Each team in scope: active volunteers, shifts, check-ins and hours over the days [from, to], and hours ever. */
    public TeamFigures figures(Caller caller, LocalDate from, LocalDate to) {
        caller.require(MANAGERS);
        if (from.isAfter(to)) {
            throw new Problem.Invalid("to", "volunteer.figures.order");
        }
        List<Team> teams = teamViews(repository.teams(caller.nodes()));
        Map<Long, long[]> figures = repository.teamFigures(teams.stream().map(Team::id).toList(),
                from.atStartOfDay(settings.zone()).toInstant(), to.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        List<TeamFigures.Row> rows = teams.stream().map(t -> {
            long[] f = figures.get(t.id());
            return new TeamFigures.Row(t.id(), t.name(), t.communityName(), t.active(), f[0], f[1], f[2], f[3]);
        }).toList();
        TeamFigures.Row total = new TeamFigures.Row(null, null, null, sum(rows, TeamFigures.Row::active), sum(rows, TeamFigures.Row::shifts),
                sum(rows, TeamFigures.Row::attended), sum(rows, TeamFigures.Row::minutes), sum(rows, TeamFigures.Row::minutesEver));
        return new TeamFigures(from, to, rows, total);
    }

    /** A resident's own page: their teams, teams of their street to join, their teams' coming shifts, their hours. */
    public MyVolunteering mine(Caller caller) {
        if (caller.role() != Role.RESIDENT || caller.personId() == null) {
            throw new AccessDenied("error.access.role");
        }
        List<Volunteer> memberships = memberViews(repository.membersOf(caller.personId()));
        Set<Long> joined = memberships.stream().map(Volunteer::teamId).collect(Collectors.toSet());
        List<Team> toJoin = teams(caller).stream().filter(t -> !joined.contains(t.id())).toList();
        long minutes = memberships.stream().mapToLong(Volunteer::minutes).sum();
        Set<Long> mine = memberships.stream().map(Volunteer::id).collect(Collectors.toSet());
        List<MyVolunteering.MyShift> shifts = shifts(caller, null, null).stream().map(shift -> new MyVolunteering.MyShift(shift,
                shift.attendances().stream().filter(a -> mine.contains(a.volunteerId())).findFirst().orElse(null))).toList();
        return new MyVolunteering(memberships, toJoin, shifts, minutes);
    }

    // --- rules and views

    /** The shift, locked for this transaction: slots and check-ins of one shift are decided one at a time. */
    private ShiftRow lockedShift(Caller caller, long shiftId) {
        return repository.shiftForUpdate(shiftId).filter(s -> maySee(caller, s))
                .orElseThrow(() -> new Problem.NotFound("volunteer.shift.notFound", shiftId));
    }

    private AttendanceRow slot(long shiftId, MemberRow member) {
        return repository.attendance(shiftId, member.id()).orElseThrow(() -> new Problem.Conflict("volunteer.notTaken"));
    }

    private MemberRow actingMember(Caller caller, ShiftRow shift, Long volunteerId) {
        if (caller.role() == Role.RESIDENT) {
            return repository.activeMember(caller.personId(), shift.teamId())
                    .orElseThrow(() -> new AccessDenied("volunteer.notMember"));
        }
        if (volunteerId == null) {
            throw new Problem.Invalid("volunteerId", "volunteer.volunteer.required");
        }
        MemberRow member = repository.member(volunteerId).filter(m -> m.teamId() == shift.teamId())
                .orElseThrow(() -> new Problem.Invalid("volunteerId", "volunteer.volunteer.notInTeam"));
        if (member.status() != VolunteerStatus.ACTIVE) {
            throw new Problem.Conflict("volunteer.notActive");
        }
        return member;
    }

    /** Staff over the shift's place, its checkpoint's operator, or a member of its team. */
    private boolean maySee(Caller caller, ShiftRow shift) {
        return switch (caller.role()) {
            case COMMUNITY_STAFF, STREET_STAFF, DISTRICT_COMMAND -> caller.covers(shift.path());
            case CHECKPOINT_OPERATOR -> caller.placeId() != null && caller.placeId() == shift.placeId();
            case RESIDENT -> caller.personId() != null && repository.activeMember(caller.personId(), shift.teamId()).isPresent();
            default -> false;
        };
    }

    private MemberRow memberInScope(Caller caller, long id) {
        return repository.memberForUpdate(id).filter(m -> repository.team(m.teamId()).map(t -> jurisdictions.covers(caller, t.communityId())).orElse(false))
                .orElseThrow(() -> new Problem.NotFound("volunteer.notFound", id));
    }

    /** Taking and giving back slots: the volunteer themself or staff; a checkpoint's operator only checks in and out. */
    private static void requireRunsShifts(Caller caller) {
        if (caller.role() != Role.RESIDENT) {
            caller.require(MANAGERS);
        }
    }

    private void requireTeamInScope(Caller caller, TeamRow team) {
        if (!jurisdictions.covers(caller, team.communityId())) {
            throw new AccessDenied("error.access.scope");
        }
    }

    private List<Long> activeTeams(Caller caller) {
        return caller.personId() == null ? List.of() : repository.membersOf(caller.personId()).stream()
                .filter(m -> m.status() == VolunteerStatus.ACTIVE).map(MemberRow::teamId).toList();
    }

    private Optional<NodePath> residentPath(Caller caller) {
        return caller.person().flatMap(people::ref).map(PersonRef::path);
    }

    private List<Team> teamViews(List<TeamRow> rows) {
        Map<Long, Map<VolunteerStatus, Long>> counts = repository.membersByStatus(rows.stream().map(TeamRow::id).toList());
        return rows.stream().map(t -> {
            Map<VolunteerStatus, Long> c = counts.getOrDefault(t.id(), Map.of());
            return new Team(t.id(), t.name(), t.communityId(), jurisdictions.find(t.communityId()).map(NodeView::name).orElse(""),
                    c.getOrDefault(VolunteerStatus.ACTIVE, 0L), c.getOrDefault(VolunteerStatus.APPLIED, 0L));
        }).toList();
    }

    private List<Volunteer> memberViews(List<MemberRow> rows) {
        Map<Long, Long> minutes = repository.minutesOf(rows.stream().map(MemberRow::id).toList());
        Map<Long, String> teams = teamNames(rows.stream().map(MemberRow::teamId).toList());
        return rows.stream().map(m -> {
            Optional<PersonRef> person = people.ref(m.personId());
            return new Volunteer(m.id(), m.personId(), person.map(PersonRef::maskedName).orElse(""),
                    person.map(PersonRef::maskedIdNumber).orElse(""), m.teamId(), teams.get(m.teamId()), m.status(), m.skills(),
                    m.appliedAt(), m.decidedBy(), m.decidedAt(), m.reason(), minutes.getOrDefault(m.id(), 0L));
        }).toList();
    }

    private List<Shift> shiftViews(List<ShiftRow> rows) {
        Map<Long, List<AttendanceRow>> attendances = repository.attendances(rows.stream().map(ShiftRow::id).toList());
        Map<Long, String> teams = teamNames(rows.stream().map(ShiftRow::teamId).toList());
        Map<Long, MemberRow> members = repository.membersByIds(attendances.values().stream().flatMap(List::stream)
                .map(AttendanceRow::volunteerId).distinct().toList());
        Map<Long, String> placeNames = new HashMap<>();
        return rows.stream().map(s -> new Shift(s.id(), s.teamId(), teams.get(s.teamId()), s.placeId(),
                placeNames.computeIfAbsent(s.placeId(), this::placeName), s.startsAt(), s.endsAt(), s.slots(),
                attendances.getOrDefault(s.id(), List.of()).stream().map(a -> new Attendance(a.id(), a.shiftId(), a.volunteerId(),
                        name(members.get(a.volunteerId()).personId()),
                        a.checkedInAt(), a.checkedOutAt(), a.autoClosed())).toList()))
                .sorted(Comparator.comparing(Shift::startsAt).thenComparing(Shift::id)).toList();
    }

    private Map<Long, String> teamNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ids.forEach(id -> names.computeIfAbsent(id, key -> repository.team(key).map(TeamRow::name).orElse("")));
        return names;
    }

    private String name(long personId) {
        return people.ref(personId).map(PersonRef::maskedName).orElse("");
    }

    private String placeName(long placeId) {
        return places.find(placeId).map(PlaceView::name).orElse("");
    }

    private static long sum(List<TeamFigures.Row> rows, Function<TeamFigures.Row, Long> figure) {
        return rows.stream().mapToLong(figure::apply).sum();
    }
}
