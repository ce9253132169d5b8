package io.gridguard.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.shared.Remembered;
import io.gridguard.checkpoint.internal.PassRepository;
import io.gridguard.checkpoint.internal.PassRepository.Pass;
import io.gridguard.checkpoint.internal.PassRepository.Rule;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a gate checks besides code and temperature (seeds 000, 001): a compound's gate lets a household out only
 * on a pass (通行证) within its allowance, e.g. one exit every two days; an enterprise park's gate lets in only
 * the people on the site's roster.
 */
@Service
public class Passes {

    /** Who sets a gate's rules and issues passes: staff covering the gate or household. */
    static final Set<Role> STAFF = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER);
    static final int LONGEST_PASS_DAYS = 31;

    private final PassRepository passes;
    private final Places places;
    private final People people;
    private final CheckpointSettings settings;
    private final Clock clock;
    /** Read on every scan; a change made here is seen at once, one made on another instance within 30 s. */
    private final Remembered<Long, Optional<Rule>> rules = Remembered.forAtMost(Duration.ofSeconds(30), 10_000);

    Passes(PassRepository passes, Places places, People people, CheckpointSettings settings, Clock clock) {
        this.passes = passes;
        this.places = places;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    /** A gate's rules: a household allowance to go out ({@code householdExits} every {@code everyDays}) and/or a roster site. */
    public record GateRule(Integer householdExits, Integer everyDays, Long rosterSiteId) {
        public static final GateRule NONE = new GateRule(null, null, null);
    }

    public GateRule rule(Caller caller, long checkpointId) {
        requireCheckpoint(caller, checkpointId, false);
        return ruleOf(checkpointId);
    }

    @Transactional
    public GateRule setRule(Caller caller, long checkpointId, GateRule rule) {
        caller.require(STAFF);
        requireCheckpoint(caller, checkpointId, true);
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean exits = rule.householdExits() != null || rule.everyDays() != null;
        if (exits && (rule.householdExits() == null || rule.householdExits() < 1 || rule.householdExits() > 10)) {
            errors.add(new Problem.FieldError("householdExits", "pass.rule.exits"));
        }
        if (exits && (rule.everyDays() == null || rule.everyDays() < 1 || rule.everyDays() > 14)) {
            errors.add(new Problem.FieldError("everyDays", "pass.rule.days"));
        }
        if (rule.rosterSiteId() != null) {
            Optional<PlaceView> site = places.find(rule.rosterSiteId());
            if (site.isEmpty() || site.get().kind() != PlaceKind.ENTERPRISE_SITE || !caller.covers(site.get().path())) {
                errors.add(new Problem.FieldError("rosterSiteId", "pass.rule.site"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        passes.saveRule(new Rule(checkpointId, rule.householdExits(), rule.everyDays(), rule.rosterSiteId()), caller.username(), clock.instant());
        rules.forget(checkpointId);
        return ruleOf(checkpointId);
    }

    GateRule ruleOf(long checkpointId) {
        return rules.get(checkpointId, passes::rule)
                .map(r -> new GateRule(r.householdExits(), r.everyDays(), r.rosterSiteId())).orElse(GateRule.NONE);
    }

    public record PassView(long id, long householdId, long holderId, String holderName, LocalDate validFrom, LocalDate validTo,
                           String issuedBy, Instant issuedAt, Instant revokedAt) {
        public boolean validOn(LocalDate day) {
            return revokedAt == null && !validFrom.isAfter(day) && !validTo.isBefore(day);
        }
    }

    public record NewPass(Long householdId, Long holderId, LocalDate validFrom, LocalDate validTo) {
    }

    /** A pass for one member of a household, for the days given (at most a month). */
    @Transactional
    public PassView issue(Caller caller, NewPass pass) {
        caller.require(STAFF);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (pass.householdId() == null) {
            errors.add(new Problem.FieldError("householdId", "error.required"));
        }
        if (pass.holderId() == null) {
            errors.add(new Problem.FieldError("holderId", "error.required"));
        }
        LocalDate today = today();
        if (pass.validFrom() == null || pass.validTo() == null || pass.validTo().isBefore(pass.validFrom())
                || pass.validTo().isBefore(today) || pass.validFrom().plusDays(LONGEST_PASS_DAYS).isBefore(pass.validTo())) {
            errors.add(new Problem.FieldError("validTo", "pass.dates", LONGEST_PASS_DAYS));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        PlaceView household = places.requireVisible(caller, pass.householdId());
        if (household.kind() != PlaceKind.HOUSEHOLD) {
            throw new Problem.Invalid("householdId", "pass.notHousehold");
        }
        if (people.household(caller, household.id()).stream().noneMatch(member -> member.id() == pass.holderId())) {
            throw new Problem.Invalid("holderId", "pass.notMember");
        }
        long id = passes.issue(household.id(), pass.holderId(), pass.validFrom(), pass.validTo(), caller.username(), clock.instant());
        return view(passes.pass(id).orElseThrow());
    }

    public List<PassView> ofHousehold(Caller caller, long householdId) {
        caller.require(STAFF);
        places.requireVisible(caller, householdId);
        return passes.ofHousehold(householdId).stream().map(this::view).toList();
    }

    @Transactional
    public void revoke(Caller caller, long passId) {
        caller.require(STAFF);
        Pass pass = passes.pass(passId).orElseThrow(() -> new Problem.NotFound("pass.notFound", passId));
        places.requireVisible(caller, pass.householdId());
        if (passes.revoke(passId, clock.instant()) == 0) {
            throw new Problem.Conflict("pass.alreadyRevoked");
        }
    }

    /** What a gate's rules say of this person going this way: the denial (null: they may pass) and the pass an exit uses. */
    record Verdict(ScanReason denial, Pass passToUse) {
        static final Verdict FREE = new Verdict(null, null);
    }

    Verdict check(long checkpointId, long personId, Direction direction) {
        GateRule rule = ruleOf(checkpointId);
        if (rule.rosterSiteId() != null && direction == Direction.IN && !passes.onRoster(rule.rosterSiteId(), personId)) {
            return new Verdict(ScanReason.NOT_ON_ROSTER, null);
        }
        if (rule.householdExits() != null && direction == Direction.OUT) {
            Optional<Pass> pass = passes.validFor(personId, today());
            if (pass.isEmpty()) {
                return new Verdict(ScanReason.NO_PASS, null);
            }
            Instant windowStart = clock.instant().minus(Duration.ofDays(rule.everyDays()));
            if (passes.usesSince(pass.get().householdId(), windowStart) >= rule.householdExits()) {
                return new Verdict(ScanReason.PASS_USED, null);
            }
            return new Verdict(null, pass.get());
        }
        return Verdict.FREE;
    }

    void use(Pass pass, long scanId, Instant at) {
        passes.use(pass, scanId, at);
    }

    public record RosterMember(long personId, String maskedName, String maskedIdNumber, String addedBy, Instant addedAt) {
    }

    /** Puts a worker on the site's roster by their document number (the site's contact, or staff covering it). */
    @Transactional
    public RosterMember addToRoster(Caller caller, long siteId, String idNumber) {
        PlaceView site = requireSite(caller, siteId);
        PersonRef person = people.identify(idNumber).orElseThrow(() -> new Problem.Invalid("idNumber", "pass.roster.unknownPerson"));
        if (!passes.addToRoster(site.id(), person.id(), caller.username(), clock.instant())) {
            throw new Problem.Conflict("pass.roster.already");
        }
        return new RosterMember(person.id(), person.maskedName(), person.maskedIdNumber(), caller.username(), clock.instant());
    }

    @Transactional
    public void removeFromRoster(Caller caller, long siteId, long personId) {
        PlaceView site = requireSite(caller, siteId);
        if (passes.removeFromRoster(site.id(), personId) == 0) {
            throw new Problem.NotFound("pass.roster.notOn", personId);
        }
    }

    public PageOf<RosterMember> roster(Caller caller, long siteId, PageRequest page) {
        PlaceView site = requireSite(caller, siteId);
        List<RosterMember> items = passes.roster(site.id(), page.size(), page.offset()).stream().map(entry -> {
            PersonRef p = people.ref(entry.personId()).orElse(new PersonRef(entry.personId(), "?", "?", site.path()));
            return new RosterMember(p.id(), p.maskedName(), p.maskedIdNumber(), entry.addedBy(), entry.addedAt());
        }).toList();
        return new PageOf<>(items, page.page(), page.size(), passes.rosterSize(site.id()));
    }

    private PlaceView requireSite(Caller caller, long siteId) {
        PlaceView site = places.requireVisible(caller, siteId);
        if (site.kind() != PlaceKind.ENTERPRISE_SITE) {
            throw new Problem.NotFound("pass.roster.notSite", siteId);
        }
        if (caller.role() != Role.ENTERPRISE_CONTACT && !STAFF.contains(caller.role())) {
            throw new AccessDenied("error.access.role");
        }
        return site;
    }

    private void requireCheckpoint(Caller caller, long checkpointId, boolean write) {
        PlaceView checkpoint = places.requireVisible(caller, checkpointId);
        if (checkpoint.kind() != PlaceKind.CHECKPOINT) {
            throw new Problem.NotFound("checkpoint.notFound", checkpointId);
        }
        if (write && !caller.covers(checkpoint.path())) {
            throw new AccessDenied("error.access.scope");
        }
    }

    private PassView view(Pass pass) {
        String holder = people.ref(pass.holderId()).map(PersonRef::maskedName).orElse("?");
        return new PassView(pass.id(), pass.householdId(), pass.holderId(), holder, pass.validFrom(), pass.validTo(), pass.issuedBy(),
                pass.issuedAt(), pass.revokedAt());
    }

    /** Today in the district: the day passes are valid on. */
    public LocalDate today() {
        return clock.instant().atZone(settings.zone()).toLocalDate();
    }
}
