package io.gridguard.jurisdiction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gridguard.jurisdiction.internal.GridShapes;
import io.gridguard.jurisdiction.internal.PlaceRepository;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Service;

/**
 * The compounds and rental apartments of the district — what the cockpit's risk map colours (seeds 000, 004) — with the
 * households in each, and which of them a location falls in.
 */
@Service
public class ResidentialAreas {

    /** A place without a boundary (a rental apartment is often one building) reaches about 100 m around its point. */
    static final double POINT_REACH_DEGREES = 0.001;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Places places;
    private final PlaceRepository repository;

    ResidentialAreas(Places places, PlaceRepository repository) {
        this.places = places;
        this.repository = repository;
    }

    public record Area(PlaceView place, long households) {
    }

    /** The areas as they are now: read once, then asked many questions by the one evaluating them. */
    public Layout layout() {
        List<PlaceView> found = new ArrayList<>(places.allOfKind(PlaceKind.COMPOUND));
        found.addAll(places.allOfKind(PlaceKind.RENTAL_APARTMENT));
        Map<Long, Long> areaOfHousehold = repository.areaOfHouseholds();
        Map<Long, Long> households = new HashMap<>();
        areaOfHousehold.values().forEach(area -> households.merge(area, 1L, Long::sum));
        return new Layout(found.stream().map(p -> new Area(p, households.getOrDefault(p.id(), 0L))).toList(), areaOfHousehold);
    }

    public static final class Layout {

        private final List<Area> areas;
        private final Map<Long, Long> areaOfHousehold;
        private final STRtree shapes = new STRtree();

        private record Shape(long areaId, Geometry geometry) {
        }

        Layout(List<Area> areas, Map<Long, Long> areaOfHousehold) {
            this.areas = areas;
            this.areaOfHousehold = areaOfHousehold;
            for (Area area : areas) {
                PlaceView p = area.place();
                Optional<Geometry> outline = p.boundary() == null ? Optional.empty() : GridShapes.parse(p.boundary());
                Geometry shape = outline.orElseGet(() -> p.lat() == null || p.lon() == null ? null
                        : GEOMETRY.createPoint(new Coordinate(p.lon(), p.lat())).buffer(POINT_REACH_DEGREES));
                if (shape != null) {
                    shapes.insert(shape.getEnvelopeInternal(), new Shape(p.id(), shape));
                }
            }
            shapes.build();
        }

        public List<Area> areas() {
            return areas;
        }

        /** The area a household belongs to, if it is in one. */
        public Optional<Long> areaOf(Long householdId) {
            return householdId == null ? Optional.empty() : Optional.ofNullable(areaOfHousehold.get(householdId));
        }

        /** The area a location lies in (its outline, or near its point); the smallest when outlines overlap. */
        public Optional<Long> areaAt(double lat, double lon) {
            Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
            Shape best = null;
            for (Object found : shapes.query(point.getEnvelopeInternal())) {
                Shape shape = (Shape) found;
                if (shape.geometry().covers(point) && (best == null || shape.geometry().getArea() < best.geometry().getArea())) {
                    best = shape;
                }
            }
            return Optional.ofNullable(best).map(Shape::areaId);
        }
    }
}
