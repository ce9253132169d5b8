package io.gridguard.jurisdiction;

import io.gridguard.shared.Problem;

public class PlaceNotFound extends Problem.NotFound {
    public PlaceNotFound(long id) {
        super("jurisdiction.place.notFound", id);
    }
}
