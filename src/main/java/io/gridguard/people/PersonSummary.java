package io.gridguard.people;

import java.util.Set;

import io.gridguard.shared.Masking;

/** A person as lists show them: ID number and phone masked. */
public record PersonSummary(long id, String name, Gender gender, IdType idType, String idNumber, String phone,
                            long gridId, Long householdId, Set<PersonTag> tags, boolean floating, String originRegion) {

    static PersonSummary of(PersonView p) {
        return new PersonSummary(p.id(), p.name(), p.gender(), p.idType(), Masking.idNumber(p.idNumber()),
                Masking.phone(p.phone()), p.path().gridId(), p.householdId(), p.tags(), p.floating(), p.originRegion());
    }
}
