package io.gridguard.people;

import io.gridguard.shared.Problem;

/** The ID number belongs to someone already registered: one ID number is one person. */
public class DuplicatePerson extends Problem.Conflict {
    public DuplicatePerson() {
        super("people.person.duplicate");
    }
}
