package io.gridguard.people;

import io.gridguard.shared.Problem;

public class PersonNotFound extends Problem.NotFound {
    public PersonNotFound(long id) {
        super("people.person.notFound", id);
    }
}
