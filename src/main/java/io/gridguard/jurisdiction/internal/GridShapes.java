package io.gridguard.jurisdiction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.NodeLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grids' boundaries (GeoJSON Polygon or MultiPolygon, longitude first) in a spatial index: which grid a reported
 * location lies in. A grid without a valid boundary is left out (an event there names its grid instead).
 */
public final class GridShapes {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.shared();

    private record Shape(long gridId, Geometry geometry) {
    }

    private final STRtree tree = new STRtree();

    GridShapes(List<NodeView> nodes) {
        for (NodeView node : nodes) {
            if (node.level() == NodeLevel.GRID && node.boundary() != null) {
                parse(node.boundary()).ifPresent(g -> tree.insert(g.getEnvelopeInternal(), new Shape(node.id(), g)));
            }
        }
        tree.build();
    }

    Optional<Long> gridAt(double lat, double lon) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        for (Object found : tree.query(point.getEnvelopeInternal())) {
            Shape shape = (Shape) found;
            if (shape.geometry().covers(point)) {
                return Optional.of(shape.gridId());
            }
        }
        return Optional.empty();
    }

    /** A GeoJSON Polygon or MultiPolygon (longitude first) as a geometry; anything else, or unreadable, is empty. */
    public static Optional<Geometry> parse(String geoJson) {
        try {
            JsonNode node = JSON.readTree(geoJson);
            String type = node.path("type").asString("");
            JsonNode coordinates = node.path("coordinates");
            if (type.equals("Polygon")) {
                return Optional.of(polygon(coordinates));
            }
            if (type.equals("MultiPolygon")) {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(p -> parts.add(polygon(p)));
                return Optional.of(GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new)));
            }
            return Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
