package io.gridguard.people;

import java.util.List;
import java.util.Objects;

import io.gridguard.people.internal.MergeRepository;
import io.gridguard.people.internal.PersonRepository;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records with the same name and phone but different documents (a passport and later a resident ID,
 * a typing mistake): a clerk merges one into the other, or marks them as two people.
 */
@Service
public class MergeCandidates {

    private final MergeRepository merges;
    private final PersonRepository persons;
    private final AuditTrail audit;
    private final RecentPeople recent;

    MergeCandidates(MergeRepository merges, PersonRepository persons, AuditTrail audit, RecentPeople recent) {
        this.recent = recent;
        this.merges = merges;
        this.persons = persons;
        this.audit = audit;
    }

    public record Pair(PersonSummary first, PersonSummary second) {
    }

    public PageOf<Pair> page(Caller caller, PageRequest page) {
        caller.require(Registrations.CLERKS);
        List<Pair> pairs = merges.pairs(caller.nodes(), page.size(), page.offset()).stream()
                .map(ids -> new Pair(summary(ids[0]), summary(ids[1]))).toList();
        return new PageOf<>(pairs, page.page(), page.size(), merges.count(caller.nodes()));
    }

    /** Keeps one record; the other is marked merged into it and its tags move over. */
    @Transactional
    public void merge(Caller caller, long keepId, long mergeId) {
        PersonView keep = candidate(caller, keepId);
        PersonView merged = candidate(caller, mergeId);
        requirePair(keep, merged);
        merges.moveTags(mergeId, keepId);
        persons.markMerged(mergeId, keepId);
        recent.forgetOnCommit(List.of(mergeId, keepId));
        audit.record("PERSON_MERGE", "person", mergeId, "into " + keepId);
    }

    @Transactional
    public void dismiss(Caller caller, long firstId, long secondId) {
        requirePair(candidate(caller, firstId), candidate(caller, secondId));
        merges.dismiss(firstId, secondId, caller.username());
        audit.record("PERSON_MERGE_DISMISS", "person", firstId, "not " + secondId);
    }

    private PersonView candidate(Caller caller, long id) {
        caller.require(Registrations.CLERKS);
        PersonView person = persons.find(id).orElseThrow(() -> new PersonNotFound(id));
        caller.requireCovers(person.path());
        return person;
    }

    private static void requirePair(PersonView a, PersonView b) {
        if (a.id() == b.id() || a.status() != PersonStatus.ACTIVE || b.status() != PersonStatus.ACTIVE
                || !a.name().equals(b.name()) || !Objects.equals(a.phone(), b.phone())) {
            throw new Problem.Conflict("people.merge.notCandidates");
        }
    }

    private PersonSummary summary(long id) {
        return persons.find(id).map(PersonView::summary).orElseThrow(() -> new PersonNotFound(id));
    }
}
