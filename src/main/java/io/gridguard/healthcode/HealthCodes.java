package io.gridguard.healthcode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.gridguard.healthcode.internal.CodeKeys;
import io.gridguard.healthcode.internal.RememberedCodes;
import io.gridguard.shared.Remembered;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.gridguard.healthcode.internal.CodeRepository;
import io.gridguard.people.People;
import io.gridguard.shared.AfterCommit;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The health-code service the workflows feed: they report facts, it recomputes the person's code under the
 * policy, keeps the history, and signs the QR tokens gates verify.
 */
@Service
public class HealthCodes {

    /** Who may record a fact by hand (lists from the upper level, corrections); workflows report through {@link #report}. */
    static final Set<Role> RECORDERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.MEDICAL_STAFF);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CodeRepository codes;
    private final io.gridguard.healthcode.internal.PolicyStore policies;
    private final CodeKeys keys;
    private final People people;
    private final HealthCodeSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final io.gridguard.shared.AuditTrail audit;
    private final TransactionTemplate transactions;
    private final java.util.concurrent.locks.ReentrantLock[] personLocks = new java.util.concurrent.locks.ReentrantLock[1024];
    /** One person's recompute (lock, read facts, rules, write), exported as gridguard_healthcode_recompute_seconds. */
    private final Timer recomputeTimer;
    /** Codes read at gates, kept while they hold: every change, here or on another instance, forgets its entry. */
    private final RememberedCodes recentCodes;
    /** Token reference → person: fixed for life, so kept as long as there is room. */
    private final Remembered<String, Long> recentReferences = Remembered.whileThereIsRoom(500_000);

    HealthCodes(CodeRepository codes, io.gridguard.healthcode.internal.PolicyStore policies, CodeKeys keys, People people,
                HealthCodeSettings settings, ApplicationEventPublisher events, Clock clock, io.gridguard.shared.AuditTrail audit,
                TransactionTemplate transactions, MeterRegistry meters, RememberedCodes recentCodes) {
        // Buckets rather than client-side percentiles: those decay over minutes and so mix in the warm-up, while the
        // cumulative buckets let a benchmark take the percentiles of exactly the window it measured (bench/recompute.sh).
        this.recomputeTimer = Timer.builder("gridguard.healthcode.recompute").description("One person's code recomputed after a fact")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(1)).register(meters);
        this.audit = audit;
        this.transactions = transactions;
        for (int i = 0; i < personLocks.length; i++) {
            personLocks[i] = new java.util.concurrent.locks.ReentrantLock();
        }
        this.recentCodes = recentCodes;
        this.codes = codes;
        this.policies = policies;
        this.keys = keys;
        this.people = people;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public HealthPolicy policy() {
        return policies.current();
    }

    /** Records a fact reported by a workflow and recomputes the person's code. */
    @Transactional
    public HealthCodeView report(NewFact fact, String reportedBy) {
        validate(fact);
        codes.insertFact(fact.personId(), fact.kind(), fact.occurredAt() == null ? clock.instant() : fact.occurredAt(),
                fact.source(), fact.detail(), reportedBy);
        return recompute(fact.personId());
    }

    /** A fact recorded by a person (district command, a clerk, a doctor), inside their scope. */
    @Transactional
    public HealthCodeView record(Caller caller, NewFact fact) {
        caller.require(RECORDERS);
        if (fact.personId() != null) {
            people.requireVisible(caller, fact.personId());
        }
        HealthCodeView code = report(fact, caller.username());
        audit.record("HEALTH_FACT_RECORD", "person", fact.personId(), fact.kind() + " → " + code.colour());
        return code;
    }

    /** Ends the person's active facts of these kinds and recomputes (an approved re-check; a release later). */
    @Transactional
    public HealthCodeView clear(long personId, Set<FactKind> kinds) {
        codes.clear(personId, kinds, clock.instant());
        return recompute(personId);
    }

    /**
     * The people whose stored code is red or yellow, the latest to take that code first (the cockpit counts them by
     * scope; everyone else is green). A code is stored when computed; one whose window ended since is counted by its
     * stored colour until it is next read.
     */
    public Map<Colour, List<Long>> notGreen() {
        return Map.of(Colour.RED, codes.peopleOfColour(Colour.RED.name()), Colour.YELLOW, codes.peopleOfColour(Colour.YELLOW.name()));
    }

    /**
     * The current code; recomputed first when there is none yet or a window has ended since it was stored. A gate
     * asks this for every person, so a remembered code costs no transaction.
     */
    public HealthCodeView current(long personId) {
        return stored(personId)
                .filter(this::stillHolds)
                .map(CodeRepository.Stored::view)
                .orElseGet(() -> transactions.execute(status -> recompute(personId)));
    }

    /**
     * {@link #current} for a group of gate scans: the codes not remembered are read in one query; a code missing or
     * past its window is computed as {@link #current} would.
     */
    public Map<Long, HealthCodeView> currentEach(Collection<Long> personIds) {
        Map<Long, CodeRepository.Stored> stored = recentCodes.getAll(personIds, codes::findAll);
        Map<Long, HealthCodeView> current = new HashMap<>();
        List<Long> stale = new ArrayList<>();
        for (long personId : personIds) {
            CodeRepository.Stored code = stored.get(personId);
            if (code != null && stillHolds(code)) {
                current.put(personId, code.view());
            } else {
                stale.add(personId);
            }
        }
        if (!stale.isEmpty()) {
            // On a fresh district nearly every scan is someone's first: their codes are created together, not one
            // transaction each. Anyone an event recomputed meanwhile is read again, one by one.
            current.putAll(transactions.execute(status -> {
                Map<Long, CodeRepository.Stored> before = codes.findAll(stale);
                return recomputeAll(stale, codes.factsOf(stale), before);
            }));
            for (long personId : stale) {
                current.computeIfAbsent(personId, this::current);
            }
        }
        return current;
    }

    /** A stored code holds until its window ends; then the next read computes it again. */
    private boolean stillHolds(CodeRepository.Stored code) {
        return code.view().changesAt() == null || code.view().changesAt().isAfter(clock.instant());
    }

    /** The code of someone the caller may see (a resident: themself). */
    public HealthCodeView currentFor(Caller caller, long personId) {
        people.requireVisible(caller, personId);
        return current(personId);
    }

    /** The facts of one person, oldest first (for workflows that look at their own kinds of fact). */
    List<HealthFact> facts(long personId) {
        return codes.facts(personId);
    }

    HealthCodeSettings settings() {
        return settings;
    }

    public List<HealthCodeView> history(Caller caller, long personId) {
        people.requireVisible(caller, personId);
        return codes.history(personId);
    }

    /**
     * A fresh token for someone the caller may see. A token lets its holder pass gates as that person, so one
     * fetched by anyone but the person themself is written to the audit log.
     */
    public IssuedToken issueTokenFor(Caller caller, long personId) {
        people.requireVisible(caller, personId);
        if (caller.role() != Role.RESIDENT) {
            audit.record("HEALTH_CODE_TOKEN", "person", personId, null);
        }
        return issueToken(personId);
    }

    /** A fresh token for the person's QR code, carrying only their opaque reference. */
    public IssuedToken issueToken(long personId) {
        HealthCodeView code = current(personId);
        String reference = stored(personId).orElseThrow().reference();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenTtl());
        return new IssuedToken(keys.tokens().sign(reference, now, expires, code.colour()), expires);
    }

    /** What the rules would say of this person under another policy, without changing anything (dry-run). */
    public CodeAssessment assess(HealthPolicy policy, long personId) {
        return CodeRules.assess(policy, codes.facts(personId), clock.instant(), settings.zone());
    }

    public TokenCheck verify(String token) {
        return keys.tokens().verify(token, clock.instant());
    }

    public Optional<Long> personOf(String reference) {
        return Optional.ofNullable(recentReferences.get(reference, key -> codes.personOf(key).orElse(null)));
    }

    /**
     * The people these QR references name (a group of gate scans): reference → person, for those that name one. A
     * reference never changes owner, so it is remembered for good once read; those not remembered are read in one query.
     */
    public Map<String, Long> peopleOf(Collection<String> references) {
        return recentReferences.getAll(references, codes::peopleOf);
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.publicKey().getEncoded());
    }

    public Duration tokenTtl() {
        return settings.tokenTtl();
    }

    /**
     * Recomputes one person's code under the policy in force. The code row is locked first (created if the person
     * had none), so facts reported for one person at the same moment are applied one after the other.
     */
    @Transactional
    public HealthCodeView recompute(long personId) {
        Timer.Sample started = Timer.start();
        holdUntilCommit(personId);
        try {
            return recomputeLocked(personId);
        } finally {
            started.stop(recomputeTimer);
        }
    }

    /**
     * Within this instance, one recompute per person at a time, held until its transaction ends. The row lock in
     * {@link CodeRepository#findForUpdate} orders instances sharing PostgreSQL; the embedded H2 let two first
     * computations of one person interleave (ConcurrentFactsIT found a lost fact), which this prevents. Locks are
     * striped: a transaction that ever recomputes several people must take them in id order, or two such
     * transactions could wait on each other (none does today).
     */
    private void holdUntilCommit(long personId) {
        java.util.concurrent.locks.ReentrantLock lock = personLocks[(int) Math.floorMod(personId, (long) personLocks.length)];
        lock.lock();
        AfterCommit.orRollback(lock::unlock);
    }

    private HealthCodeView recomputeLocked(long personId) {
        HealthPolicy policy = policy();
        Instant now = clock.instant();
        var stored = codes.findForUpdate(personId);
        boolean first = false;
        if (stored.isEmpty()) {
            first = codes.claim(personId, newReference(), policy.version(), now);
            stored = codes.findForUpdate(personId);
        }
        CodeRepository.Stored before = stored.orElseThrow();
        CodeAssessment assessment = CodeRules.assess(policy, codes.facts(personId), now, settings.zone());
        if (!first && sameCode(before.view(), assessment)) {
            HealthCodeView same = new HealthCodeView(personId, assessment.colour(), assessment.reasons(), before.view().since(),
                    assessment.changesAt());
            codes.update(same, policy.version());
            forget(personId);
            return same;
        }
        HealthCodeView changed = new HealthCodeView(personId, assessment.colour(), assessment.reasons(), now, assessment.changesAt());
        codes.update(changed, policy.version());
        if (!first) {
            events.publishEvent(new HealthCodeChanged(personId, before.view().colour(), changed.colour()));
        }
        codes.appendHistory(changed);
        forget(personId);
        return changed;
    }

    /** A person whose colour a policy would change. */
    public record Change(long personId, Colour from, Colour to) {
    }

    /**
     * Everyone in the id slice [from, to) whose colour would differ under the candidate from the policy in
     * force. Only people with facts can differ (without facts every code is green); nothing is written.
     */
    public List<Change> compare(HealthPolicy inForce, HealthPolicy candidate, long from, long to) {
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>();
        codes.factsBetween(from, to).forEach((personId, facts) -> {
            Colour before = CodeRules.assess(inForce, facts, now, settings.zone()).colour();
            Colour after = CodeRules.assess(candidate, facts, now, settings.zone()).colour();
            if (before != after) {
                changes.add(new Change(personId, before, after));
            }
        });
        return changes;
    }

    /**
     * Recomputes the code of every active person in the id slice [from, to) under the policy in force, with three
     * reads for the slice and batched writes of what changed; answers how many people it covered. A full
     * recompute after a publication runs this over the whole register.
     */
    @Transactional
    public int recomputeSlice(long from, long to) {
        List<Long> ids = people.activeIdsBetween(from, to);
        Map<Long, CodeRepository.Stored> before = codes.storedBetween(from, to);
        recomputeAll(ids, codes.factsBetween(from, to), before);
        return ids.size();
    }

    /**
     * Recomputes these people's codes from their facts and stored codes as read, in the caller's transaction, with
     * batched writes of what changed. Answers the codes as they now stand for everyone but those an event recomputed
     * (or, for a first code, created) since the reads: their result stands and they are left out.
     *
     * <p>The stored codes must be read before the facts. A fact reported between the two reads then shows as a code
     * recomputed since, and its result stands; read the other way round, the code already held the fact's result
     * while the facts did not hold the fact, and the fact was lost (ConcurrentFactsIT found a case confirmed during a
     * gate scan turned green again).
     */
    private Map<Long, HealthCodeView> recomputeAll(Collection<Long> ids, Map<Long, List<HealthFact>> facts,
                                                   Map<Long, CodeRepository.Stored> stored) {
        HealthPolicy policy = policy();
        Instant now = clock.instant();
        List<CodeRepository.Stored> created = new ArrayList<>();
        List<CodeRepository.Stored> updated = new ArrayList<>();
        Map<Long, HealthCodeView> changed = new HashMap<>();
        Map<Long, Colour> was = new HashMap<>();
        Map<Long, HealthCodeView> standing = new HashMap<>();
        // Written in person order: two transactions computing some of the same people at once (two journal writers, or
        // a gate and the full recompute) then take their rows' locks in the same order and one waits for the other,
        // instead of each for the other (PostgreSQL: "deadlock detected", and a group of gate scans failed with it).
        for (long personId : ids.stream().distinct().sorted().toList()) {
            CodeAssessment assessment = CodeRules.assess(policy, facts.getOrDefault(personId, List.of()), now, settings.zone());
            CodeRepository.Stored before = stored.get(personId);
            if (before == null) {
                HealthCodeView code = new HealthCodeView(personId, assessment.colour(), assessment.reasons(), now, assessment.changesAt());
                created.add(new CodeRepository.Stored(code, newReference(), now));
            } else if (!sameCode(before.view(), assessment)) {
                HealthCodeView code = new HealthCodeView(personId, assessment.colour(), assessment.reasons(), now, assessment.changesAt());
                updated.add(new CodeRepository.Stored(code, before.reference(), before.computedAt()));
                changed.put(personId, code);
                was.put(personId, before.view().colour());
            } else if (!Objects.equals(before.view().changesAt(), assessment.changesAt())) {
                updated.add(new CodeRepository.Stored(new HealthCodeView(personId, assessment.colour(), assessment.reasons(),
                        before.view().since(), assessment.changesAt()), before.reference(), before.computedAt()));
            } else {
                standing.put(personId, before.view());
            }
        }
        Set<Long> written = new HashSet<>(codes.insertAll(created, policy.version()));
        written.addAll(codes.updateAllUnlessRecomputed(updated, policy.version()));
        // History and events only for what was written: a person an event recomputed meanwhile keeps that result.
        List<HealthCodeView> history = new ArrayList<>();
        for (CodeRepository.Stored code : created) {
            if (written.contains(code.view().personId())) {
                history.add(code.view());
                standing.put(code.view().personId(), code.view());
            }
        }
        changed.forEach((personId, code) -> {
            if (written.contains(personId)) {
                history.add(code);
                events.publishEvent(new HealthCodeChanged(personId, was.get(personId), code.colour()));
            }
        });
        codes.appendHistory(history);
        for (CodeRepository.Stored code : updated) {
            if (written.contains(code.view().personId())) {
                standing.put(code.view().personId(), code.view());
            }
        }
        recentCodes.forgetOnCommit(List.copyOf(ids));
        return standing;
    }

    private static boolean sameCode(HealthCodeView stored, CodeAssessment assessment) {
        return stored.colour() == assessment.colour() && stored.reasons().equals(assessment.reasons());
    }

    private Optional<CodeRepository.Stored> stored(long personId) {
        return recentCodes.get(personId, codes::find);
    }

    /** The person's code was written in this transaction (on PostgreSQL every instance hears of it: ChangeFeed). */
    private void forget(long personId) {
        recentCodes.forgetOnCommit(List.of(personId));
    }

    private void validate(NewFact fact) {
        if (fact.personId() == null || people.ref(fact.personId()).isEmpty()) {
            throw new Problem.Invalid("personId", "people.person.notFound", fact.personId());
        }
        if (fact.kind() == null) {
            throw new Problem.Invalid("kind", "error.required");
        }
        if (fact.occurredAt() != null && fact.occurredAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new Problem.Invalid("occurredAt", "error.date.future");
        }
        if (fact.source() == null || fact.source().isBlank() || fact.source().length() > 40) {
            throw new Problem.Invalid("source", "error.required");
        }
        if (fact.detail() != null && fact.detail().length() > 300) {
            throw new Problem.Invalid("detail", "error.tooLong", 300);
        }
    }

    private static String newReference() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
