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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * nothing, and publication — after which every resident's code is recomputed by a background job with progress.
 */
@Service
public class Policies {

    private static final Logger log = LoggerFactory.getLogger(Policies.class);
    private static final Set<Role> COMMAND = Set.of(Role.DISTRICT_COMMAND);
    private static final int SAMPLE = 10;
    /** People per slice of a recompute or dry-run: three reads and a few batched writes each. */
    static final long SLICE = 10_000;
    private static final int WORKERS = 2;

    public record Transition(Colour from, Colour to) {
    }

    public record Sample(String maskedName, String maskedIdNumber, Colour from, Colour to) {
    }

    public record DryRun(long examined, Map<Transition, Long> changes, List<Sample> sample) {
        public long changed() {
            return changes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The recompute after a publication: how far it has come through the register (by id), how many people it
     * has recomputed, and whether it stopped on an error.
     */
    public record Recompute(int version, long people, long examinedIds, long highestId, Instant startedAt, Instant finishedAt,
                            boolean failed) {
        public boolean running() {
            return finishedAt == null;
        }

        public int percent() {
            return highestId == 0 ? 100 : (int) Math.min(100, examinedIds * 100 / highestId);
        }

        public java.time.Duration took() {
            return java.time.Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
        }
    }

    private final PolicyStore store;
    private final HealthCodes codes;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("policy-recompute").factory());
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

    /** The policy in force, for district command. */
    public HealthPolicy current(Caller caller) {
        caller.require(COMMAND);
        return store.current();
    }

    public List<PolicyVersion> versions(Caller caller) {
        caller.require(COMMAND);
        return store.versions();
    }

    /** Compares the candidate with the policy in force for everyone with facts; nothing is written. */
    public DryRun dryRun(Caller caller, HealthPolicy candidate) {
        caller.require(COMMAND);
        validate(candidate);
        Map<Transition, Long> changes = new LinkedHashMap<>();
        List<Sample> sample = new ArrayList<>();
        HealthPolicy inForce = store.current();
        long highest = people.highestId();
        for (long from = 0; from <= highest; from += SLICE) {
            for (HealthCodes.Change change : codes.compare(inForce, candidate, from, from + SLICE)) {
                changes.merge(new Transition(change.from(), change.to()), 1L, Long::sum);
                if (sample.size() < SAMPLE) {
                    people.ref(change.personId()).ifPresent(ref ->
                            sample.add(new Sample(ref.maskedName(), ref.maskedIdNumber(), change.from(), change.to())));
                }
            }
        }
        return new DryRun(store.peopleWithFacts(), changes, sample);
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
        long highest = people.highestId();
        recompute.set(new Recompute(published.version(), 0, 0, highest, clock.instant(), null, false));
        coordinator.submit(() -> recomputeAll(published.version(), highest));
        return published;
    }

    public Recompute progress() {
        return recompute.get();
    }

    /** Every active person's code, in id slices spread over {@link #WORKERS} threads (the database does half the work). */
    private void recomputeAll(int version, long highest) {
        boolean failed = false;
        try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("policy-recompute-", 0).factory())) {
            List<Future<?>> slices = new ArrayList<>();
            for (long from = 0; from <= highest; from += SLICE) {
                long sliceStart = from;
                slices.add(workers.submit(() -> {
                    int covered = codes.recomputeSlice(sliceStart, sliceStart + SLICE);
                    recompute.updateAndGet(r -> new Recompute(version, r.people() + covered, r.examinedIds() + SLICE,
                            r.highestId(), r.startedAt(), null, false));
                }));
            }
            for (Future<?> slice : slices) {
                slice.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        } catch (ExecutionException | RuntimeException e) {
            log.error("Recompute under policy version {} stopped", version, e);
            failed = true;
        } finally {
            boolean stopped = failed;
            Recompute finished = recompute.updateAndGet(r -> new Recompute(version, r.people(), stopped ? r.examinedIds() : r.highestId(),
                    r.highestId(), r.startedAt(), clock.instant(), stopped));
            log.info("Recomputed {} codes under policy version {} in {} ms{}", finished.people(), version,
                    finished.took().toMillis(), stopped ? " (stopped on an error)" : "");
        }
    }

    private static void validate(HealthPolicy p) {
        if (p.red() == null || p.yellow() == null || p.windows() == null || p.clearedBy() == null || p.recheckClears() == null
                || p.feverThreshold() == null) {
            throw new Problem.Invalid("policy", "policy.incomplete");
        }
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
        if (p.yellowCheckInDays() < 0 || p.yellowCheckInDays() > 30 || p.redCheckInDays() < 0 || p.redCheckInDays() > 30) {
            errors.add(new Problem.FieldError("yellowCheckInDays", "policy.checkIns.range"));
        }
        if (p.contactWindowMinutes() < 1 || p.contactWindowMinutes() > 240) {
            errors.add(new Problem.FieldError("contactWindowMinutes", "policy.contactWindow.range"));
        }
        if (p.infectiousDaysBeforeOnset() < 0 || p.infectiousDaysBeforeOnset() > 14) {
            errors.add(new Problem.FieldError("infectiousDaysBeforeOnset", "policy.infectiousDays.range"));
        }
        // a riskier person never shares a tube with more people than a less risky one
        if (p.highRiskPool() < 1 || p.lowRiskPool() > 20 || p.mediumRiskPool() < p.highRiskPool() || p.lowRiskPool() < p.mediumRiskPool()) {
            errors.add(new Problem.FieldError("lowRiskPool", "policy.pools.range"));
        }
        if (p.quarantineTestDays().isEmpty() || p.quarantineTestDays().size() > 30 || p.quarantineTestDays().getFirst() < 1
                || p.quarantineTestDays().getLast() > 60) {
            errors.add(new Problem.FieldError("quarantineTestDays", "policy.testDays.range"));
        }
        p.riskThresholds().forEach((indicator, threshold) -> {
            boolean outside = outside(threshold.yellowAt()) || outside(threshold.redAt());
            if (outside || threshold.yellowAt() != null && threshold.redAt() != null && threshold.redAt() <= threshold.yellowAt()) {
                errors.add(new Problem.FieldError("riskRed[" + indicator.name() + "]", "policy.risk.range"));
            }
        });
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    private static boolean outside(Integer count) {
        return count != null && (count < 1 || count > 1_000_000);
    }
}
