package io.gridguard.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import io.gridguard.people.internal.PersonRepository;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding and opening people. Lists are masked; opening a full record is audited.
 * Staff read people inside their nodes; residents read only themselves.
 */
@Service
public class People {

    static final Set<Role> READERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
            Role.GRID_WORKER, Role.MEDICAL_STAFF, Role.COUNSELOR, Role.SOCIAL_WORKER);
    static final Set<Role> WRITERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
            Role.GRID_WORKER);

    private final PersonRepository people;
    private final PersonValidation validation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final RecentPeople recent;

    People(PersonRepository people, PersonValidation validation, AuditTrail audit, ApplicationEventPublisher events,
           RecentPeople recent) {
        this.recent = recent;
        this.people = people;
        this.validation = validation;
        this.audit = audit;
        this.events = events;
    }

    public boolean mayRead(Caller caller) {
        return READERS.contains(caller.role());
    }

    public boolean mayWrite(Caller caller) {
        return WRITERS.contains(caller.role());
    }

    @Transactional
    public PersonView register(Caller caller, NewPerson command) {
        caller.require(WRITERS);
        PersonView person = validation.validate(command, true);
        caller.requireCovers(person.path());
        if (people.findByDocument(person.idType(), person.idNumber()).isPresent()) {
            throw new DuplicatePerson();
        }
        long id = people.insert(person);
        audit.record("PERSON_CREATE", "person", id, null);
        events.publishEvent(new PersonRegistered(id, person.path()));
        return people.find(id).orElseThrow();
    }

    @Transactional
    public PersonView update(Caller caller, long id, NewPerson command) {
        caller.require(WRITERS);
        caller.requireCovers(existing(id).path());
        PersonView person = validation.validate(command, true);
        caller.requireCovers(person.path());
        people.findByDocument(person.idType(), person.idNumber())
                .filter(other -> other.id() != id)
                .ifPresent(other -> {
                    throw new DuplicatePerson();
                });
        people.update(id, person);
        recent.forgetOnCommit(List.of(id));
        audit.record("PERSON_UPDATE", "person", id, null);
        return people.find(id).orElseThrow();
    }

    /** The full record, for someone allowed to see it; the opening is written to the audit log. */
    @Transactional
    public PersonView open(Caller caller, long id) {
        PersonView person = existing(id);
        if (caller.role() == Role.RESIDENT) {
            if (caller.personId() == null || caller.personId() != id) {
                throw new AccessDenied("error.access.scope");
            }
        } else {
            caller.require(READERS);
            caller.requireCovers(person.path());
        }
        audit.record("PERSON_VIEW", "person", id, null);
        return person;
    }

    public PageOf<PersonSummary> page(Caller caller, PersonFilter filter, PageRequest page) {
        caller.require(READERS);
        List<PersonSummary> items = people.page(caller.nodes(), filter, page.size(), page.offset()).stream()
                .map(PersonView::summary).toList();
        return new PageOf<>(items, page.page(), page.size(), people.count(caller.nodes(), filter));
    }

    /** Everyone living in a household the caller may see. */
    public List<PersonSummary> household(Caller caller, long householdId) {
        caller.require(READERS);
        return people.household(householdId).stream().filter(p -> caller.covers(p.path())).map(PersonView::summary).toList();
    }

    /** The people a phone number belongs to, for resident sign-in: ids and masked names only. */
    public List<PersonRef> byPhone(String phone) {
        return people.findByPhone(new PhoneNumber(phone).value()).stream().map(PersonRef::of).toList();
    }

    /**
     * Who an ID number (of any document type) belongs to, masked: a gate must recognise anyone, also from
     * outside the operator's jurisdiction, without showing them more than the masked name and number.
     */
    public Optional<PersonRef> identify(String idNumber) {
        if (!couldBeIdNumber(idNumber)) {
            return Optional.empty();
        }
        return recent.byIdNumber(normalIdNumber(idNumber), number -> people.identityByIdNumber(number).map(PersonRef::ofIdentity));
    }

    /** Anything else is nobody's number: no query for it. */
    private static boolean couldBeIdNumber(String given) {
        return given != null && !given.isBlank() && given.length() <= 32;
    }

    private static String normalIdNumber(String given) {
        return given.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * {@link #identify} for a group of gate scans: number (as given) → person, for those registered; the numbers
     * not remembered are looked up in one query.
     */
    public Map<String, PersonRef> identifyEach(Collection<String> idNumbers) {
        Map<String, String> normal = new HashMap<>();
        for (String given : idNumbers) {
            if (couldBeIdNumber(given)) {
                normal.put(given, normalIdNumber(given));
            }
        }
        Map<String, PersonRef> found = recent.byIdNumbers(normal.values(), this::identifyAll);
        Map<String, PersonRef> byGiven = new HashMap<>();
        normal.forEach((given, number) -> {
            PersonRef person = found.get(number);
            if (person != null) {
                byGiven.put(given, person);
            }
        });
        return byGiven;
    }

    /** {@link #ref} for many ids at once (a group of gate scans): id → person, for the ids that exist. */
    public Map<Long, PersonRef> refs(Collection<Long> ids) {
        return recent.byIds(ids, missing -> {
            Map<Long, PersonRef> found = new HashMap<>();
            people.identities(missing).forEach(identity -> found.put(identity.id(), PersonRef.ofIdentity(identity)));
            return found;
        });
    }

    /** {@link #identify} for many numbers at once (an imported list): number → person, for those registered. */
    public java.util.Map<String, PersonRef> identifyAll(java.util.Collection<String> idNumbers) {
        java.util.Map<String, PersonRef> found = new java.util.HashMap<>();
        for (var identity : people.identitiesByIdNumbers(idNumbers)) {
            found.putIfAbsent(identity.idNumber(), PersonRef.ofIdentity(identity));
        }
        return found;
    }

    /** Active residents per grid under a node (a testing campaign's due counts): grid id → residents. */
    public Map<Long, Long> activeByGrid(io.gridguard.shared.ScopeNode node) {
        return people.activeByGrid(node);
    }

    /** A resident a testing campaign is due to test: who, their grid, and their household's place (if any). */
    public record DueResident(long personId, long gridId, Long householdId) {
    }

    /**
     * Active residents under a node, only those whose household is one of {@code places} (null: anywhere) and who have
     * {@code tag} (null: any) — the people a targeted testing campaign is due to test.
     */
    public List<DueResident> due(io.gridguard.shared.ScopeNode node, java.util.Collection<Long> places, PersonTag tag) {
        return people.due(node, places, tag == null ? null : tag.name()).stream()
                .map(d -> new DueResident(d.personId(), d.gridId(), d.householdId())).toList();
    }

    /** Residents under these nodes and the floating population among them. */
    public record Headcount(long residents, long floating) {
    }

    /** Both counts in one pass over the register (the cockpit counts a million residents every quarter minute). */
    public Headcount headcount(List<io.gridguard.shared.ScopeNode> scope) {
        long[] counts = people.countWithFloating(scope);
        return new Headcount(counts[0], counts[1]);
    }

    /** How many floating residents live in each household that has any (the risk map's floating population). */
    public Map<Long, Long> floatingByHousehold() {
        return people.floatingByHousehold();
    }

    /** The households of these people (those without one are left out). */
    public Map<Long, Long> householdsOf(java.util.Collection<Long> ids) {
        Map<Long, Long> households = new java.util.HashMap<>();
        ids.forEach(id -> people.find(id).map(PersonView::householdId).ifPresent(h -> households.put(id, h)));
        return households;
    }

    /** Where these people live (a list of people to count by scope, e.g. the codes that are not green). */
    public Map<Long, io.gridguard.shared.NodePath> pathsOf(java.util.Collection<Long> ids) {
        return people.paths(ids);
    }

    /** The household (a place) a person lives in, if one is recorded: where a home quarantine order keeps them. */
    public Optional<Long> householdOf(long personId) {
        return people.find(personId).map(PersonView::householdId);
    }

    /** The people of a household, named without personal data (a centralized site keeps a family together). */
    public List<PersonRef> householdRefs(long householdId) {
        return people.household(householdId).stream().map(PersonRef::of).toList();
    }

    /** Checks that the caller may see this person (staff in scope, or the resident themself), without opening the record. */
    public PersonRef requireVisible(Caller caller, long id) {
        PersonView person = existing(id);
        boolean self = caller.role() == Role.RESIDENT && caller.personId() != null && caller.personId() == id;
        if (!self) {
            caller.require(READERS);
            caller.requireCovers(person.path());
        }
        return PersonRef.of(person);
    }

    /** A mobile number that exactly one person of the grid signs in with (demo hints and tests). */
    public Optional<String> samplePhone(long gridId) {
        return people.samplePhone(gridId);
    }

    /** The highest person id so far: work over the whole register (a full recompute) goes in id slices up to it. */
    public long highestId() {
        return people.highestId();
    }

    /** The ids of active people in [from, to), in order. */
    public List<Long> activeIdsBetween(long from, long to) {
        return people.activeIdsBetween(from, to);
    }

    public Optional<PersonRef> ref(long id) {
        return recent.byId(id, key -> people.identity(key).map(PersonRef::ofIdentity));
    }

    /**
     * Registers many people at once, validated, in one JDBC batch (demo district, list imports).
     * Households are trusted here: the caller generated or matched them.
     */
    @Transactional
    public void registerAll(List<NewPerson> batch) {
        List<PersonView> valid = new ArrayList<>(batch.size());
        for (NewPerson command : batch) {
            valid.add(validation.validate(command, false));
        }
        List<Long> ids = people.insertAll(valid);
        List<Map.Entry<Long, PersonTag>> tags = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            long id = ids.get(i);
            valid.get(i).tags().forEach(tag -> tags.add(Map.entry(id, tag)));
        }
        if (!tags.isEmpty()) {
            people.insertTags(tags);
        }
    }

    private PersonView existing(long id) {
        return people.find(id).orElseThrow(() -> new PersonNotFound(id));
    }
}
