package io.gridguard.people;

import io.gridguard.shared.NodePath;

/** A person named without personal data: their id, masked name and document number, and where they live. */
public record PersonRef(long id, String maskedName, String maskedIdNumber, NodePath path) {

    static PersonRef of(PersonView p) {
        return new PersonRef(p.id(), io.gridguard.shared.Masking.name(p.name()), io.gridguard.shared.Masking.idNumber(p.idNumber()), p.path());
    }
}
