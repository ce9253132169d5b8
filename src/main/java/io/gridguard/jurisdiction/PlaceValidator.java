package io.gridguard.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.jurisdiction.internal.PlaceRepository;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Problem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks a place before it is stored: name, grid, coordinates, a GeoJSON polygon, and where it may nest. */
@Component
class PlaceValidator {

    private static final Map<PlaceKind, Set<PlaceKind>> PARENTS = Map.of(
            PlaceKind.BUILDING, Set.of(PlaceKind.COMPOUND, PlaceKind.RENTAL_APARTMENT, PlaceKind.ENTERPRISE_SITE),
            PlaceKind.HOUSEHOLD, Set.of(PlaceKind.BUILDING, PlaceKind.RENTAL_APARTMENT));
    private static final Set<String> POLYGONS = Set.of("Polygon", "MultiPolygon");

    private final Jurisdictions jurisdictions;
    private final PlaceRepository places;
    private final JsonMapper json;

    PlaceValidator(Jurisdictions jurisdictions, PlaceRepository places, JsonMapper json) {
        this.jurisdictions = jurisdictions;
        this.places = places;
        this.json = json;
    }

    NodePath validate(NewPlace place) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (place.kind() == null) {
            errors.add(new Problem.FieldError("kind", "error.required"));
        }
        if (place.name() == null || place.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "error.required"));
        } else if (place.name().length() > 200) {
            errors.add(new Problem.FieldError("name", "error.tooLong", 200));
        }
        if (place.lat() != null && (place.lat() < -90 || place.lat() > 90)) {
            errors.add(new Problem.FieldError("lat", "jurisdiction.lat.range"));
        }
        if (place.lon() != null && (place.lon() < -180 || place.lon() > 180)) {
            errors.add(new Problem.FieldError("lon", "jurisdiction.lon.range"));
        }
        if (place.capacity() != null && place.capacity() < 0) {
            errors.add(new Problem.FieldError("capacity", "error.notNegative"));
        }
        if (place.boundary() != null && !place.boundary().isBlank() && !isPolygon(place.boundary())) {
            errors.add(new Problem.FieldError("boundary", "jurisdiction.boundary.invalid"));
        }
        NodePath path = null;
        try {
            path = jurisdictions.pathOfGrid(place.nodeId());
        } catch (Problem.Invalid invalid) {
            errors.add(new Problem.FieldError("nodeId", "jurisdiction.grid.invalid"));
        }
        if (place.parentPlaceId() != null && place.kind() != null) {
            var parent = places.find(place.parentPlaceId());
            if (parent.isEmpty() || !PARENTS.getOrDefault(place.kind(), Set.of()).contains(parent.get().kind())
                    || parent.get().nodeId() != place.nodeId()) {
                errors.add(new Problem.FieldError("parentPlaceId", "jurisdiction.place.parentInvalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return path;
    }

    private boolean isPolygon(String boundary) {
        try {
            JsonNode node = json.readTree(boundary);
            return POLYGONS.contains(node.path("type").asString("")) && node.path("coordinates").isArray()
                    && !node.path("coordinates").isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
