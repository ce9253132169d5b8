package io.gridguard.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.gridguard.checkpoint.Presence;
import io.gridguard.checkpoint.Presences;
import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.NewFact;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.tracing.ContactView.FoundBy;
import io.gridguard.tracing.internal.CaseRepository;
import io.gridguard.tracing.internal.CaseRepository.CaseRow;
import io.gridguard.tracing.internal.CaseRepository.ContactRow;
import io.gridguard.tracing.internal.CoPresence;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a case: suggested by co-presence (yellow until a tracer confirms — red for a close contact — or
 * dismisses them), entered by a tracing team, followed until the end date the policy gives, ended or returned.
 */
@Service
public class Contacts {

    private static final int MAX_TEXT = 100;
    private static final int MAX_LOOKBACK_DAYS = 28;
    private static final int LISTED = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseRepository cases;
    private final CaseAccess caseAccess;
    private final Presences presences;
    private final Places places;
    private final People people;
    private final HealthCodes codes;
    private final HealthCodeSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contacts(CaseRepository cases, CaseAccess caseAccess, Presences presences, Places places, People people,
             HealthCodes codes, HealthCodeSettings settings, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.presences = presences;
        this.places = places;
        this.people = people;
        this.codes = codes;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<ContactView> ofCase(Caller caller, long caseId) {
        caseAccess.visible(caller, caseId);
        return cases.contactsOf(caseId).stream().map(this::view).toList();
    }

    public ContactView open(Caller caller, long contactId) {
        ContactRow row = cases.findContact(contactId).orElseThrow(() -> new Problem.NotFound("tracing.contact.notFound", contactId));
        caseAccess.visible(caller, row.caseId());
        return view(row);
    }

    /**
     * Everyone let through the same gates or checked in at the same venues as the case within the policy's window,
     * during its infectious period (from the policy's days before onset — or diagnosis, when onset is unknown — until
     * now): added as suggested contacts of {@code kind}, their codes yellow, each with the encounter as evidence.
     */
    List<ContactView> suggest(Caller caller, CaseRow row, ContactKind kind) {
        HealthPolicy policy = codes.policy();
        LocalDate start = (row.onsetDate() != null ? row.onsetDate() : row.diagnosisDate()).minusDays(policy.infectiousDaysBeforeOnset());
        Instant now = clock.instant();
        List<Presence> wasAt = presences.of(row.personId(), start.atStartOfDay(settings.zone()).toInstant(), now);
        return addSuggestions(caller, row, kind, wasAt, policy);
    }

    /** Second hop: the people near the case's confirmed close contacts since their exposure, as secondary contacts. */
    @Transactional
    public List<ContactView> secondHop(Caller caller, long caseId) {
        CaseRow row = caseAccess.visible(caller, caseId);
        HealthPolicy policy = codes.policy();
        Instant now = clock.instant();
        List<Presence> wasAt = new ArrayList<>();
        for (ContactRow contact : cases.contactsOf(caseId)) {
            if (contact.kind() == ContactKind.CLOSE && contact.status() == ContactStatus.UNDER_CONTROL) {
                Instant since = contact.exposureAt() != null ? contact.exposureAt() : row.confirmedAt();
                wasAt.addAll(presences.of(contact.personId(), since, now));
            }
        }
        List<ContactView> added = addSuggestions(caller, row, ContactKind.SECONDARY, wasAt, policy);
        cases.log(caseId, now, "SECOND_HOP", String.valueOf(added.size()), caller.username());
        return added;
    }

    private List<ContactView> addSuggestions(Caller caller, CaseRow row, ContactKind kind, List<Presence> wasAt, HealthPolicy policy) {
        Set<Long> known = new HashSet<>(cases.personsOfCase(row.id()));
        known.add(row.personId());
        Instant now = clock.instant();
        List<ContactView> added = new ArrayList<>();
        for (CoPresence.Encounter encounter : CoPresence.find(wasAt, was -> presences.near(was, policy.contactWindow()), known)) {
            String place = places.find(encounter.theirs().placeId()).map(PlaceView::name).orElse("#" + encounter.theirs().placeId());
            String evidence = place + " · " + when(encounter.theirs().at()) + " / " + when(encounter.caseWas().at()).substring(11)
                    + " · " + encounter.theirs().source();
            cases.insertContact(row.id(), encounter.personId(), kind, ContactStatus.SUGGESTED, FoundBy.CO_PRESENCE, null,
                    encounter.theirs().at(), place, evidence, null, caller.username(), now).ifPresent(id -> {
                codes.report(new NewFact(encounter.personId(), FactKind.CONTACT_SUSPECTED, now, "TRACING",
                        "case " + row.id() + ": " + evidence), caller.username());
                added.add(view(cases.findContact(id).orElseThrow()));
            });
        }
        if (kind == ContactKind.CLOSE) {
            cases.log(row.id(), now, "SUGGESTED", String.valueOf(added.size()), caller.username());
        }
        return added;
    }

    /**
     * A preview for tracers (before a case is confirmed, or to look further): who was near the person since
     * {@code since}, and with {@code hops} = 2 who was near those people after they met the person. Writes nothing.
     */
    public CoPresenceReport coPresence(Caller caller, long personId, Instant since, int hops) {
        caller.require(Cases.TRACERS);
        people.requireVisible(caller, personId);
        if (hops < 1 || hops > 2) {
            throw new Problem.Invalid("hops", "tracing.coPresence.hops");
        }
        Instant now = clock.instant();
        if (since == null || !since.isBefore(now) || since.isBefore(now.minus(java.time.Duration.ofDays(MAX_LOOKBACK_DAYS)))) {
            throw new Problem.Invalid("since", "tracing.coPresence.since", MAX_LOOKBACK_DAYS);
        }
        java.time.Duration window = codes.policy().contactWindow();
        List<Presence> wasAt = presences.of(personId, since, now);
        Set<Long> known = new HashSet<>(Set.of(personId));
        List<CoPresence.Encounter> first = CoPresence.find(wasAt, was -> presences.near(was, window), known);
        List<CoPresenceReport.Met> met = new ArrayList<>();
        first.forEach(e -> met.add(new CoPresenceReport.Met(e.personId(), 1, e.theirs().placeId(), e.theirs().at())));
        Integer second = null;
        if (hops == 2) {
            first.forEach(e -> known.add(e.personId()));
            List<Presence> theirs = new ArrayList<>();
            for (CoPresence.Encounter e : first) {
                theirs.addAll(presences.of(e.personId(), e.theirs().at(), now));
            }
            List<CoPresence.Encounter> next = CoPresence.find(theirs, was -> presences.near(was, window), known);
            next.forEach(e -> met.add(new CoPresenceReport.Met(e.personId(), 2, e.theirs().placeId(), e.theirs().at())));
            second = next.size();
        }
        return new CoPresenceReport(personId, since, wasAt.size(), first.size(), second,
                met.stream().limit(LISTED).toList(), LISTED);
    }

    /** A contact the tracing team found by asking: under control at once. */
    @Transactional
    public ContactView enter(Caller caller, long caseId, NewContact command) {
        CaseRow row = caseAccess.visible(caller, caseId);
        validate(command);
        PersonRef person = people.ref(command.personId())
                .orElseThrow(() -> new Problem.Invalid("personId", "tracing.contact.personUnknown"));
        if (person.id() == row.personId()) {
            throw new Problem.Invalid("personId", "tracing.contact.isTheCase");
        }
        Instant now = clock.instant();
        LocalDate until = followUpUntil(command.exposureAt());
        long id = cases.insertContact(caseId, person.id(), command.kind(), ContactStatus.UNDER_CONTROL, FoundBy.TRACER,
                        strip(command.relationship()), command.exposureAt(), strip(command.exposurePlace()), null, until,
                        caller.username(), now)
                .orElseThrow(() -> new Problem.Conflict("tracing.contact.exists"));
        codes.report(new NewFact(person.id(), command.kind().fact(), now, "TRACING", "case " + caseId), caller.username());
        cases.log(caseId, now, "CONTACT_ENTERED", person.maskedName(), caller.username());
        audit.record("CONTACT_ENTER", "contact", id, command.kind().name());
        events.publishEvent(new ContactConfirmed(id, caseId, person.id(), command.kind(), until, dayOf(command.exposureAt())));
        return view(cases.findContact(id).orElseThrow());
    }

    /** A tracer's step: confirm or dismiss a suggestion, end control or return the person to their region. */
    @Transactional
    public ContactView decide(Caller caller, long contactId, ContactDecision decision) {
        ContactRow contact = cases.findContactForUpdate(contactId)
                .orElseThrow(() -> new Problem.NotFound("tracing.contact.notFound", contactId));
        caseAccess.visible(caller, contact.caseId());
        if (decision == null || decision.status() == null) {
            throw new Problem.Invalid("status", "error.required");
        }
        ContactStatus next = decision.status();
        if (!contact.status().next().contains(next)) {
            throw new Problem.Conflict("tracing.contact.transition", contact.status().name(), next.name());
        }
        String destination = null;
        if (next == ContactStatus.RETURNED) {
            destination = strip(decision.destination());
            if (destination == null) {
                throw new Problem.Invalid("destination", "tracing.contact.destinationRequired");
            }
            if (destination.length() > MAX_TEXT) {
                throw new Problem.Invalid("destination", "error.tooLong", MAX_TEXT);
            }
        }
        Instant now = clock.instant();
        long person = contact.personId();
        LocalDate until = next == ContactStatus.UNDER_CONTROL ? followUpUntil(contact.exposureAt()) : null;
        cases.decide(contactId, next, destination, until, caller.username(), now);
        switch (next) {
            case UNDER_CONTROL -> {
                codes.report(new NewFact(person, contact.kind().fact(), now, "TRACING", "case " + contact.caseId()), caller.username());
                forgetSuggestion(contact);
                events.publishEvent(new ContactConfirmed(contactId, contact.caseId(), person, contact.kind(), until,
                        dayOf(contact.exposureAt())));
            }
            case DISMISSED -> forgetSuggestion(contact);
            case ENDED -> {
                if (!cases.elsewhere(person, contactId, contact.kind(), ContactStatus.UNDER_CONTROL)) {
                    codes.clear(person, Set.of(contact.kind().fact()));
                }
            }
            // Handed back to the region the person came from: their code stays as it is until that region acts.
            case RETURNED, SUGGESTED -> {
            }
        }
        cases.log(contact.caseId(), now, "CONTACT_" + next.name(), people.ref(person).map(PersonRef::maskedName).orElse(""),
                caller.username());
        audit.record("CONTACT_DECIDE", "contact", contactId, next.name());
        if (next == ContactStatus.ENDED || next == ContactStatus.RETURNED) {
            events.publishEvent(new ContactEnded(contactId, person, next, caller.username()));
        }
        return view(cases.findContact(contactId).orElseThrow());
    }

    /**
     * Ends control of a contact whose quarantine was released (结束管控), as the quarantine workflow: no caller to check,
     * that module answers for it. A contact no longer under control is left as it is.
     */
    @Transactional
    public void endControl(long contactId, String by) {
        ContactRow contact = cases.findContactForUpdate(contactId).orElse(null);
        if (contact == null || contact.status() != ContactStatus.UNDER_CONTROL) {
            return;
        }
        Instant now = clock.instant();
        cases.decide(contactId, ContactStatus.ENDED, null, null, by, now);
        if (!cases.elsewhere(contact.personId(), contactId, contact.kind(), ContactStatus.UNDER_CONTROL)) {
            codes.clear(contact.personId(), Set.of(contact.kind().fact()));
        }
        cases.log(contact.caseId(), now, "CONTACT_ENDED", people.ref(contact.personId()).map(PersonRef::maskedName).orElse(""), by);
        audit.record("CONTACT_DECIDE", "contact", contactId, ContactStatus.ENDED.name() + " (quarantine released)");
    }

    /** The suggestion's yellow ends, unless another case still suggests the person. */
    private void forgetSuggestion(ContactRow contact) {
        if (!cases.elsewhere(contact.personId(), contact.id(), ContactKind.CLOSE, ContactStatus.SUGGESTED)
                && !cases.elsewhere(contact.personId(), contact.id(), ContactKind.SECONDARY, ContactStatus.SUGGESTED)) {
            codes.clear(contact.personId(), Set.of(FactKind.CONTACT_SUSPECTED));
        }
    }

    /** Follow-up lasts the policy's centralized and home days from the exposure (or from today when unknown). */
    private LocalDate dayOf(Instant at) {
        return at == null ? null : at.atZone(settings.zone()).toLocalDate();
    }

    private LocalDate followUpUntil(Instant exposureAt) {
        HealthPolicy policy = codes.policy();
        ZoneId zone = settings.zone();
        LocalDate from = exposureAt != null ? exposureAt.atZone(zone).toLocalDate() : LocalDate.now(clock.withZone(zone));
        return from.plusDays(policy.centralizedDays() + policy.homeDays());
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(settings.zone()));
    }

    private ContactView view(ContactRow row) {
        PersonRef person = people.ref(row.personId()).orElse(null);
        return new ContactView(row.id(), row.caseId(), row.personId(), person == null ? "" : person.maskedName(),
                person == null ? "" : person.maskedIdNumber(), row.kind(), row.status(), row.foundBy(), row.relationship(),
                row.exposureAt(), row.exposurePlace(), row.evidence(), row.destination(), row.followUpUntil());
    }

    private void validate(NewContact command) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (command.personId() == null) {
            errors.add(new Problem.FieldError("personId", "error.required"));
        }
        if (command.kind() == null) {
            errors.add(new Problem.FieldError("kind", "error.required"));
        }
        if (command.relationship() != null && command.relationship().strip().length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("relationship", "error.tooLong", MAX_TEXT));
        }
        if (command.exposurePlace() != null && command.exposurePlace().strip().length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("exposurePlace", "error.tooLong", MAX_TEXT));
        }
        if (command.exposureAt() != null && command.exposureAt().isAfter(clock.instant())) {
            errors.add(new Problem.FieldError("exposureAt", "tracing.case.future"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
