package io.gridguard.people;

import io.gridguard.people.internal.PersonRepository;
import io.gridguard.shared.Masking;
import io.gridguard.shared.NodePath;

/** A person named without personal data: their id, masked name and document number, and where they live. */
public record PersonRef(long id, String maskedName, String maskedIdNumber, NodePath path) {

    static PersonRef of(PersonView p) {
        return new PersonRef(p.id(), Masking.name(p.name()), Masking.idNumber(p.idNumber()), p.path());
    }

    static PersonRef ofIdentity(PersonRepository.Identity p) {
        return new PersonRef(p.id(), Masking.name(p.name()), Masking.idNumber(p.idNumber()), p.path());
    }
}
