package io.gridguard.healthcode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import io.gridguard.healthcode.internal.PolicyStore;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health-code policy as versioned data. District command changes it in three steps: a candidate, a dry-run
 * that shows how many codes would change colour and in which direction (with a sample of people) while changing
 * nothing, and publication — after which every code with facts is recomputed by a background job with progress.
 */
@Service
public class Policies {

    private static final Logger log = LoggerFactory.getLogger(Policies.class);
    private static final Set<Role> COMMAND = Set.of(Role.DISTRICT_COMMAND);
    private static final int SAMPLE = 10;

    public record Transition(Colour from, Colour to) {
    }

    public record Sample(String maskedName, String maskedIdNumber, Colour from, Colour to) {
    }

    public record DryRun(long examined, Map<Transition, Long> changes, List<Sample> sample) {
        public long changed() {
            return changes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The recompute after a publication: how far it has come. */
    public record Recompute(int version, long total, long done, Instant startedAt, Instant finishedAt) {
        public boolean running() {
            return finishedAt == null;
        }

        public int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }
    }

    private final PolicyStore store;
    private final HealthCodes codes;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService recomputer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("policy-recompute").factory());
    private final AtomicReference<Recompute> recompute = new AtomicReference<>();

    Policies(PolicyStore store, HealthCodes codes, People people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public HealthPolicy current() {
        return store.current();
    }

    public List<PolicyVersion> versions(Caller caller) {
        caller.require(COMMAND);
        return store.versions();
    }

    /** Compares the candidate with each stored code; nothing is written. */
    public DryRun dryRun(Caller caller, HealthPolicy candidate) {
        caller.require(COMMAND);
        validate(candidate);
        Map<Transition, Long> changes = new LinkedHashMap<>();
        List<Sample> sample = new ArrayList<>();
        List<Long> ids = store.peopleWithFacts();
        HealthPolicy inForce = store.current();
        for (long id : ids) {
            Colour now = codes.assess(inForce, id).colour();
            Colour then = codes.assess(candidate, id).colour();
            if (now != then) {
                changes.merge(new Transition(now, then), 1L, Long::sum);
                if (sample.size() < SAMPLE) {
                    PersonRef ref = people.ref(id).orElseThrow();
                    sample.add(new Sample(ref.maskedName(), ref.maskedIdNumber(), now, then));
                }
            }
        }
        return new DryRun(ids.size(), changes, sample);
    }

    /** Publishes the candidate as the next version and starts recomputing every code with facts. */
    @Transactional
    public HealthPolicy publish(Caller caller, HealthPolicy candidate, PolicyPreset preset, String note) {
        caller.require(COMMAND);
        validate(candidate);
        if (recompute.get() != null && recompute.get().running()) {
            throw new Problem.Conflict("policy.recomputeRunning");
        }
        if (note != null && note.length() > 300) {
            throw new Problem.Invalid("note", "error.tooLong", 300);
        }
        HealthPolicy published = store.publish(candidate, preset == null ? null : preset.name(),
                note == null || note.isBlank() ? null : note.strip(), caller.username());
        audit.record("POLICY_PUBLISH", "health_policy", published.version(), preset == null ? null : preset.name());
        List<Long> ids = store.peopleWithFacts();
        recompute.set(new Recompute(published.version(), ids.size(), 0, clock.instant(), null));
        recomputer.submit(() -> recomputeAll(published.version(), ids));
        return published;
    }

    public Recompute progress() {
        return recompute.get();
    }

    private void recomputeAll(int version, List<Long> ids) {
        long done = 0;
        try {
            for (long id : ids) {
                codes.recompute(id);
                done++;
                if (done % 500 == 0) {
                    long counted = done;
                    recompute.updateAndGet(r -> new Recompute(version, r.total(), counted, r.startedAt(), null));
                }
            }
        } catch (RuntimeException e) {
            log.error("Recompute under policy version {} stopped after {} of {}", version, done, ids.size(), e);
        } finally {
            long counted = done;
            recompute.updateAndGet(r -> new Recompute(version, r.total(), counted, r.startedAt(), clock.instant()));
        }
    }

    private static void validate(HealthPolicy p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<FactKind> both = EnumSet.noneOf(FactKind.class);
        both.addAll(p.red());
        both.retainAll(p.yellow());
        if (!both.isEmpty()) {
            errors.add(new Problem.FieldError("yellow", "policy.redAndYellow"));
        }
        if (p.feverThreshold() == null || p.feverThreshold().compareTo(new BigDecimal("36.0")) < 0
                || p.feverThreshold().compareTo(new BigDecimal("40.0")) > 0) {
            errors.add(new Problem.FieldError("feverThreshold", "policy.feverThreshold.range"));
        }
        if (p.windows().values().stream().anyMatch(d -> d.isNegative() || d.toDays() > 60)) {
            errors.add(new Problem.FieldError("windows", "policy.window.range"));
        }
        if (p.centralizedDays() < 0 || p.centralizedDays() > 60 || p.homeDays() < 0 || p.homeDays() > 60) {
            errors.add(new Problem.FieldError("centralizedDays", "policy.window.range"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }
}
