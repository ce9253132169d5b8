package io.gridguard.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.people.internal.PersonRepository;
import io.gridguard.people.internal.RegistrationRepository;
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
 * Self-registration (seed 000's 一码通, seed 003's sweeps): anyone with the poster's link registers
 * themselves or their tenant; nothing enters the register until the community clerk confirms it in a
 * grid, or rejects it with a reason.
 */
@Service
public class Registrations {

    static final Set<Role> CLERKS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF);

    private final RegistrationRepository registrations;
    private final PersonRepository persons;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final AuditTrail audit;

    Registrations(RegistrationRepository registrations, PersonRepository persons, People people,
                  Jurisdictions jurisdictions, AuditTrail audit) {
        this.registrations = registrations;
        this.persons = persons;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    /** Anyone may submit; the submission is validated as strictly as a clerk's entry. */
    @Transactional
    public long submit(SelfRegistration form) {
        SelfRegistration valid = validate(form);
        if (registrations.pendingExists(valid.communityId(), valid.idType(), valid.idNumber())) {
            throw new Problem.Conflict("registration.duplicate");
        }
        return registrations.insert(valid);
    }

    public PageOf<PendingRegistration> pending(Caller caller, PageRequest page) {
        caller.require(CLERKS);
        List<Long> communities = jurisdictions.visibleAt(caller, NodeLevel.COMMUNITY).stream().map(NodeView::id).toList();
        return new PageOf<>(registrations.pending(communities, page.size(), page.offset()), page.page(), page.size(),
                registrations.countPending(communities));
    }

    /** Confirms into a grid of the registration's community: a known ID number updates that person, a new one registers them. */
    @Transactional
    public long confirm(Caller caller, long id, Long gridId) {
        caller.require(CLERKS);
        SelfRegistration r = registrations.findPending(id).orElseThrow(() -> new Problem.NotFound("registration.notFound", id));
        jurisdictions.requireVisible(caller, r.communityId());
        if (gridId == null || jurisdictions.find(gridId).map(NodeView::parentId).filter(p -> p == r.communityId()).isEmpty()) {
            throw new Problem.Invalid("gridId", "registration.grid.invalid");
        }
        var command = new NewPerson(r.name(), null, null, r.idType(), r.idNumber(), r.phone(), r.nationality(), null,
                r.address(), gridId, null, null, Set.of(), true, r.originRegion(), r.arrivalDate(), r.landlordName(),
                r.landlordPhone());
        long personId = persons.findByDocument(r.idType(), r.idNumber())
                .map(existing -> people.update(caller, existing.id(), command).id())
                .orElseGet(() -> people.register(caller, command).id());
        registrations.decide(id, "CONFIRMED", caller.username(), null, personId);
        audit.record("REGISTRATION_CONFIRM", "registration", id, "person " + personId);
        return personId;
    }

    @Transactional
    public void reject(Caller caller, long id, String reason) {
        caller.require(CLERKS);
        SelfRegistration r = registrations.findPending(id).orElseThrow(() -> new Problem.NotFound("registration.notFound", id));
        jurisdictions.requireVisible(caller, r.communityId());
        if (reason == null || reason.isBlank()) {
            throw new Problem.Invalid("reason", "registration.reason.required");
        }
        if (reason.length() > 300) {
            throw new Problem.Invalid("reason", "error.tooLong", 300);
        }
        registrations.decide(id, "REJECTED", caller.username(), reason.strip(), null);
        audit.record("REGISTRATION_REJECT", "registration", id, reason.strip());
    }

    private SelfRegistration validate(SelfRegistration f) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (f.kind() == null) {
            errors.add(new Problem.FieldError("kind", "error.required"));
        }
        if (f.communityId() == null || jurisdictions.find(f.communityId()).filter(n -> n.level() == NodeLevel.COMMUNITY).isEmpty()) {
            errors.add(new Problem.FieldError("communityId", "registration.community.invalid"));
        }
        FieldChecks.required(errors, "name", f.name(), 100);
        FieldChecks.required(errors, "address", f.address(), 300);
        FieldChecks.required(errors, "originRegion", f.originRegion(), 100);
        IdDocument document = FieldChecks.attempt(errors, null, () -> new IdDocument(f.idType(), f.idNumber()));
        PhoneNumber phone = FieldChecks.attempt(errors, "phone", () -> new PhoneNumber(f.phone()));
        PhoneNumber landlordPhone = null;
        if (f.kind() == RegistrationKind.TENANT) {
            FieldChecks.required(errors, "landlordName", f.landlordName(), 100);
            landlordPhone = FieldChecks.attempt(errors, "landlordPhone", () -> new PhoneNumber(f.landlordPhone()));
        }
        if (f.arrivalDate() == null) {
            errors.add(new Problem.FieldError("arrivalDate", "error.required"));
        } else if (f.arrivalDate().isAfter(java.time.LocalDate.now())) {
            errors.add(new Problem.FieldError("arrivalDate", "error.date.future"));
        }
        String nationality = FieldChecks.nationality(errors, f.nationality());
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return new SelfRegistration(f.kind(), f.communityId(), f.name().strip(), document.type(), document.number(),
                phone.value(), nationality, f.address().strip(), f.originRegion().strip(), f.arrivalDate(),
                f.kind() == RegistrationKind.TENANT ? f.landlordName().strip() : null,
                landlordPhone == null ? null : landlordPhone.value());
    }

}
