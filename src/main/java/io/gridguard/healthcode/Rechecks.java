package io.gridguard.healthcode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.healthcode.internal.RecheckRepository;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-check (复核, seed 002): a person whose code turned yellow or red says why it is wrong and where they
 * have been; the clerk of their community compares and approves — which clears the reasons the policy lets a
 * re-check clear and recomputes the code — or rejects with a reason the person reads.
 */
@Service
public class Rechecks {

    static final Set<Role> CLERKS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
    private static final int MAX_STOPS = 10;

    private final RecheckRepository rechecks;
    private final HealthCodes codes;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final AuditTrail audit;

    Rechecks(RecheckRepository rechecks, HealthCodes codes, People people, Jurisdictions jurisdictions, AuditTrail audit) {
        this.rechecks = rechecks;
        this.codes = codes;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    /** A resident for themself, or staff in scope on a person's behalf (a hotline call). */
    @Transactional
    public RecheckView submit(Caller caller, NewRecheck request) {
        long personId = caller.role() == Role.RESIDENT ? caller.personId()
                : Optional.ofNullable(request.personId()).orElseThrow(() -> new Problem.Invalid("personId", "error.required"));
        if (caller.role() != Role.RESIDENT) {
            caller.require(HealthCodes.RECORDERS);
        }
        PersonRef person = people.requireVisible(caller, personId);
        List<RecheckView.Stop> itinerary = validate(request);
        HealthCodeView code = codes.current(personId);
        if (code.colour() == Colour.GREEN) {
            throw new Problem.Conflict("recheck.green");
        }
        if (rechecks.hasPending(personId)) {
            throw new Problem.Conflict("recheck.pending");
        }
        long id = rechecks.insert(personId, person.path().communityId(), code.colour(), code.reasons(),
                request.statement().strip(), itinerary, caller.username());
        return view(rechecks.find(id).orElseThrow().view());
    }

    public PageOf<RecheckView> pending(Caller caller, PageRequest page) {
        caller.require(CLERKS);
        List<Long> communities = communities(caller);
        return new PageOf<>(rechecks.pending(communities, page.size(), page.offset()).stream().map(this::view).toList(),
                page.page(), page.size(), rechecks.countPending(communities));
    }

    /** How long decided requests in the caller's communities waited: the clerk page's figure. */
    public Optional<Duration> averageDecisionTime(Caller caller) {
        caller.require(CLERKS);
        List<Duration> times = rechecks.decisionTimes(communities(caller));
        return times.isEmpty() ? Optional.empty()
                : Optional.of(times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size()));
    }

    public List<RecheckView> mine(Caller caller) {
        if (caller.role() != Role.RESIDENT) {
            throw new io.gridguard.shared.AccessDenied("error.access.role");
        }
        return rechecks.ofPerson(caller.personId()).stream().map(this::view).toList();
    }

    @Transactional
    public RecheckView decide(Caller caller, long id, RecheckDecision decision) {
        caller.require(CLERKS);
        var row = rechecks.find(id).orElseThrow(() -> new Problem.NotFound("recheck.notFound", id));
        caller.requireCovers(people.requireVisible(caller, row.view().personId()).path());
        if (row.view().status() != RecheckStatus.PENDING) {
            throw new Problem.Conflict("recheck.decided");
        }
        if (decision.approve() == null) {
            throw new Problem.Invalid("approve", "error.required");
        }
        String reason = decision.reason() == null ? null : decision.reason().strip();
        if (reason != null && reason.length() > 300) {
            throw new Problem.Invalid("reason", "error.tooLong", 300);
        }
        if (decision.approve()) {
            HealthCodeView code = codes.current(row.view().personId());
            Set<FactKind> blocking = EnumSet.noneOf(FactKind.class);
            blocking.addAll(code.reasons());
            blocking.removeAll(codes.policy().recheckClears());
            if (!blocking.isEmpty()) {
                throw new Problem.Conflict("recheck.notClearable");
            }
            codes.clear(row.view().personId(), Set.copyOf(code.reasons()));
            rechecks.decide(id, RecheckStatus.APPROVED, caller.username(), reason == null || reason.isEmpty() ? null : reason);
        } else {
            if (reason == null || reason.isEmpty()) {
                throw new Problem.Invalid("reason", "recheck.reason.required");
            }
            rechecks.decide(id, RecheckStatus.REJECTED, caller.username(), reason);
        }
        audit.record(decision.approve() ? "RECHECK_APPROVE" : "RECHECK_REJECT", "person", row.view().personId(), "recheck " + id);
        return view(rechecks.find(id).orElseThrow().view());
    }

    private List<RecheckView.Stop> validate(NewRecheck request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.statement() == null || request.statement().isBlank()) {
            errors.add(new Problem.FieldError("statement", "error.required"));
        } else if (request.statement().strip().length() > 500) {
            errors.add(new Problem.FieldError("statement", "error.tooLong", 500));
        }
        List<RecheckView.Stop> stops = request.itinerary() == null ? List.of()
                : request.itinerary().stream().filter(s -> s != null && !(blank(s.place()) && s.from() == null && s.to() == null)).toList();
        if (stops.isEmpty()) {
            errors.add(new Problem.FieldError("itinerary", "recheck.itinerary.required"));
        } else if (stops.size() > MAX_STOPS) {
            errors.add(new Problem.FieldError("itinerary", "recheck.itinerary.tooMany", MAX_STOPS));
        }
        List<RecheckView.Stop> clean = new ArrayList<>();
        for (int i = 0; i < stops.size() && i < MAX_STOPS; i++) {
            var s = stops.get(i);
            String field = "itinerary[" + i + "]";
            if (blank(s.place()) || s.place().strip().length() > 100) {
                errors.add(new Problem.FieldError(field + ".place", "recheck.itinerary.place"));
            }
            if (s.from() == null || s.to() == null || s.to().isBefore(s.from()) || s.to().isAfter(LocalDate.now())) {
                errors.add(new Problem.FieldError(field + ".to", "recheck.itinerary.dates"));
            }
            clean.add(new RecheckView.Stop(blank(s.place()) ? "" : s.place().strip(), s.from(), s.to()));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return clean;
    }

    private RecheckView view(RecheckView v) {
        String name = people.ref(v.personId()).map(PersonRef::maskedName).orElse("");
        return new RecheckView(v.id(), v.personId(), name, v.colour(), v.reasons(), v.statement(), v.itinerary(), v.status(),
                v.submittedAt(), v.decidedBy(), v.decidedAt(), v.decisionReason());
    }

    private List<Long> communities(Caller caller) {
        return jurisdictions.visibleAt(caller, NodeLevel.COMMUNITY).stream().map(NodeView::id).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
