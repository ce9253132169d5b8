package io.gridguard.healthcode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.healthcode.internal.CodeKeys;
import io.gridguard.healthcode.internal.CodeRepository;
import io.gridguard.healthcode.internal.CodeTokens;
import io.gridguard.people.People;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    HealthCodes(CodeRepository codes, io.gridguard.healthcode.internal.PolicyStore policies, CodeKeys keys, People people,
                HealthCodeSettings settings, ApplicationEventPublisher events, Clock clock, io.gridguard.shared.AuditTrail audit) {
        this.audit = audit;
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

    /** The current code; recomputed first when a window has ended since it was stored. */
    @Transactional
    public HealthCodeView current(long personId) {
        return codes.find(personId)
                .map(stored -> stored.view().changesAt() != null && !stored.view().changesAt().isAfter(clock.instant())
                        ? recompute(personId) : stored.view())
                .orElseGet(() -> recompute(personId));
    }

    /** The code of someone the caller may see (a resident: themself). */
    public HealthCodeView currentFor(Caller caller, long personId) {
        people.requireVisible(caller, personId);
        return current(personId);
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
    @Transactional
    public IssuedToken issueToken(long personId) {
        HealthCodeView code = current(personId);
        String reference = codes.find(personId).orElseThrow().reference();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenTtl());
        return new IssuedToken(CodeTokens.sign(keys.privateKey(), reference, now, expires, code.colour()), expires);
    }

    /** What the rules would say of this person under another policy, without changing anything (dry-run). */
    public CodeAssessment assess(HealthPolicy policy, long personId) {
        return CodeRules.assess(policy, codes.facts(personId), clock.instant());
    }

    public TokenCheck verify(String token) {
        return CodeTokens.verify(keys.publicKey(), token, clock.instant());
    }

    public Optional<Long> personOf(String reference) {
        return codes.personOf(reference);
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.publicKey().getEncoded());
    }

    public Duration tokenTtl() {
        return settings.tokenTtl();
    }

    /** Recomputes one person's code under the policy in force (a full recompute calls this for everyone with facts). */
    @Transactional
    public HealthCodeView recompute(long personId) {
        HealthPolicy policy = policy();
        Instant now = clock.instant();
        CodeAssessment assessment = CodeRules.assess(policy, codes.facts(personId), now);
        var stored = codes.find(personId);
        if (stored.isPresent() && stored.get().view().colour() == assessment.colour()
                && stored.get().view().reasons().equals(assessment.reasons())) {
            HealthCodeView same = new HealthCodeView(personId, assessment.colour(), assessment.reasons(),
                    stored.get().view().since(), assessment.changesAt());
            codes.update(same, policy.version());
            return same;
        }
        HealthCodeView changed = new HealthCodeView(personId, assessment.colour(), assessment.reasons(), now, assessment.changesAt());
        if (stored.isEmpty()) {
            codes.insert(changed, newReference(), policy.version());
        } else {
            codes.update(changed, policy.version());
            events.publishEvent(new HealthCodeChanged(personId, stored.get().view().colour(), changed.colour()));
        }
        codes.appendHistory(changed);
        return changed;
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
