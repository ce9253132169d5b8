package io.gridguard.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.NewFact;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.tracing.internal.CaseRepository;
import io.gridguard.tracing.internal.CaseRepository.CaseRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases (病例): a tracer confirms one for a person in their jurisdiction → the code turns red, co-presence suggests
 * contacts at once (answered with the case), and the case keeps a timeline of what happened to it.
 */
@Service
public class Cases {

    /** Who traces: district command, street and community staff, medical staff — each in their jurisdiction. */
    public static final Set<Role> TRACERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
            Role.MEDICAL_STAFF);
    private static final int MAX_TEXT = 100;

    private final CaseRepository cases;
    private final Contacts contacts;
    private final CaseAccess access;
    private final People people;
    private final HealthCodes codes;
    private final HealthCodeSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(CaseRepository cases, Contacts contacts, CaseAccess access, People people, HealthCodes codes, HealthCodeSettings settings,
          AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.contacts = contacts;
        this.access = access;
        this.people = people;
        this.codes = codes;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ConfirmedCase confirm(Caller caller, NewCase command) {
        caller.require(TRACERS);
        LocalDate today = today();
        validate(command, today);
        PersonRef person = people.requireVisible(caller, command.personId());
        if (cases.caseOfPerson(person.id()).isPresent()) {
            throw new Problem.Conflict("tracing.case.exists");
        }
        Instant now = clock.instant();
        LocalDate diagnosis = command.diagnosisDate() == null ? today : command.diagnosisDate();
        String origin = command.source() == CaseSource.IMPORTED ? command.originRegion().strip() : null;
        long id = cases.insertCase(person.id(), person.path(), command.classification(), command.onsetDate(), diagnosis,
                command.source(), origin, caller.username(), now);
        cases.log(id, now, "CONFIRMED", command.classification().name(), caller.username());
        codes.report(new NewFact(person.id(), command.classification().fact(), now, "TRACING", "case " + id), caller.username());
        audit.record("CASE_CONFIRM", "case", id, command.classification().name());
        events.publishEvent(new CaseConfirmed(id, person.id(), command.classification()));
        List<ContactView> suggested = contacts.suggest(caller, cases.findCase(id).orElseThrow(), ContactKind.CLOSE);
        return new ConfirmedCase(id, view(cases.findCase(id).orElseThrow(), person), suggested);
    }

    public CaseView open(Caller caller, long id) {
        CaseRow row = access.visible(caller, id);
        return view(row, people.ref(row.personId()).orElseThrow());
    }

    public PageOf<CaseView> page(Caller caller, PageRequest page) {
        caller.require(TRACERS);
        Map<Long, Map<ContactStatus, Long>> counts = cases.countsByCase();
        List<CaseRow> mine = cases.cases().stream().filter(c -> caller.covers(c.path())).toList();
        List<CaseView> items = mine.stream().skip(page.offset()).limit(page.size())
                .map(c -> view(c, people.ref(c.personId()).orElseThrow(), counts.getOrDefault(c.id(), Map.of()))).toList();
        return new PageOf<>(items, page.page(), page.size(), mine.size());
    }

    /** Cases of people who live under these nodes, and their contacts by status (the cockpit's headline figures). */
    public record Headline(long cases, Map<ContactStatus, Long> contacts) {
    }

    public Headline headline(List<io.gridguard.shared.ScopeNode> scope) {
        Map<Long, Map<ContactStatus, Long>> counts = cases.countsByCase();
        Map<ContactStatus, Long> total = new EnumMap<>(ContactStatus.class);
        for (ContactStatus status : ContactStatus.values()) {
            total.put(status, 0L);
        }
        long[] found = new long[1];
        cases.cases().stream().filter(c -> io.gridguard.shared.ScopeNode.anyCovers(scope, c.path())).forEach(c -> {
            found[0]++;
            counts.getOrDefault(c.id(), Map.of()).forEach((status, n) -> total.merge(status, n, Long::sum));
        });
        return new Headline(found[0], total);
    }

    /** The day each case under these nodes was diagnosed. */
    public List<LocalDate> diagnosisDates(List<io.gridguard.shared.ScopeNode> scope) {
        return cases.cases().stream().filter(c -> io.gridguard.shared.ScopeNode.anyCovers(scope, c.path()))
                .map(CaseRow::diagnosisDate).toList();
    }

    /** The people whose case has no outcome yet: still being treated (the cockpit's risk map counts them where they live). */
    public List<Long> underTreatment() {
        return cases.cases().stream().filter(c -> c.outcome() == null).map(CaseRepository.CaseRow::personId).toList();
    }

    /** Contacts by status over every case in the caller's jurisdiction (seed 003: 2 under control, 107 ended, 3 returned). */
    public Map<ContactStatus, Long> contactsByStatus(Caller caller) {
        caller.require(TRACERS);
        Map<Long, Map<ContactStatus, Long>> counts = cases.countsByCase();
        Map<ContactStatus, Long> total = new EnumMap<>(ContactStatus.class);
        for (ContactStatus status : ContactStatus.values()) {
            total.put(status, 0L);
        }
        cases.cases().stream().filter(c -> caller.covers(c.path()))
                .forEach(c -> counts.getOrDefault(c.id(), Map.of()).forEach((status, n) -> total.merge(status, n, Long::sum)));
        return total;
    }

    /** The cases in the caller's jurisdiction and their contacts of the given statuses (all when none given). */
    public TransmissionGraph graph(Caller caller, Set<ContactStatus> statuses) {
        caller.require(TRACERS);
        List<CaseRow> all = cases.cases();
        List<CaseRow> mine = all.stream().filter(c -> caller.covers(c.path())).toList();
        Map<Long, TransmissionGraph.Node> nodes = new java.util.LinkedHashMap<>();
        for (CaseRow c : mine) {
            nodes.put(c.personId(), new TransmissionGraph.Node(c.personId(), masked(c.personId()), "CASE", c.id()));
        }
        // a contact who is a case elsewhere (outside the caller's jurisdiction) still shows which case they are
        Map<Long, Long> caseOfPerson = new java.util.HashMap<>();
        all.forEach(c -> caseOfPerson.put(c.personId(), c.id()));
        List<TransmissionGraph.Link> links = new ArrayList<>();
        for (CaseRow c : mine) {
            for (var contact : cases.contactsOf(c.id())) {
                if (!statuses.isEmpty() && !statuses.contains(contact.status())) {
                    continue;
                }
                nodes.putIfAbsent(contact.personId(), new TransmissionGraph.Node(contact.personId(), masked(contact.personId()),
                        contact.kind().name(), caseOfPerson.get(contact.personId())));
                links.add(new TransmissionGraph.Link(c.personId(), contact.personId(), contact.kind(), contact.status()));
            }
        }
        return new TransmissionGraph(List.copyOf(nodes.values()), links);
    }

    private String masked(long personId) {
        return people.ref(personId).map(PersonRef::maskedName).orElse("");
    }

    @Transactional
    public CaseView setOutcome(Caller caller, long id, CaseOutcome outcome) {
        CaseRow row = access.visible(caller, id);
        cases.setOutcome(id, outcome);
        cases.log(id, clock.instant(), outcome == null ? "OUTCOME_CLEARED" : "OUTCOME", outcome == null ? null : outcome.name(),
                caller.username());
        audit.record("CASE_OUTCOME", "case", id, String.valueOf(outcome));
        return view(cases.findCase(id).orElseThrow(), people.ref(row.personId()).orElseThrow());
    }

    public List<TimelineEntry> timeline(Caller caller, long id) {
        access.visible(caller, id);
        return cases.timeline(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private CaseView view(CaseRow row, PersonRef person) {
        return view(row, person, cases.countsOf(row.id()));
    }

    private static CaseView view(CaseRow row, PersonRef person, Map<ContactStatus, Long> counts) {
        Map<ContactStatus, Long> all = new EnumMap<>(ContactStatus.class);
        for (ContactStatus status : ContactStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        return new CaseView(row.id(), row.personId(), person.maskedName(), row.path(), row.classification(), row.onsetDate(),
                row.diagnosisDate(), row.source(), row.originRegion(), row.outcome(), row.confirmedBy(), row.confirmedAt(), all);
    }

    private static void validate(NewCase command, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (command.personId() == null) {
            errors.add(new Problem.FieldError("personId", "error.required"));
        }
        if (command.classification() == null) {
            errors.add(new Problem.FieldError("classification", "error.required"));
        }
        if (command.source() == null) {
            errors.add(new Problem.FieldError("source", "error.required"));
        } else if (command.source() == CaseSource.IMPORTED
                && (command.originRegion() == null || command.originRegion().isBlank())) {
            errors.add(new Problem.FieldError("originRegion", "tracing.case.originRequired"));
        } else if (command.originRegion() != null && command.originRegion().strip().length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("originRegion", "error.tooLong", MAX_TEXT));
        }
        if (command.onsetDate() != null && command.onsetDate().isAfter(today)) {
            errors.add(new Problem.FieldError("onsetDate", "tracing.case.future"));
        }
        if (command.diagnosisDate() != null && command.diagnosisDate().isAfter(today)) {
            errors.add(new Problem.FieldError("diagnosisDate", "tracing.case.future"));
        }
        if (command.onsetDate() != null && command.diagnosisDate() != null && command.onsetDate().isAfter(command.diagnosisDate())) {
            errors.add(new Problem.FieldError("onsetDate", "tracing.case.onsetAfterDiagnosis"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }
}
