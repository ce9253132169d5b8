package io.gridguard.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import io.gridguard.shared.NodePath;

/** A person's full record. Only handed out through audited calls. */
public record PersonView(long id, String name, Gender gender, LocalDate birthDate, IdType idType, String idNumber,
                         String phone, String nationality, String preferredLanguage, String address, NodePath path,
                         Long householdId, String householdRelation, Set<PersonTag> tags, boolean floating,
                         String originRegion, LocalDate arrivalDate, String landlordName, String landlordPhone,
                         PersonStatus status, Long mergedInto, Instant createdAt) {

    public PersonSummary summary() {
        return PersonSummary.of(this);
    }
}
