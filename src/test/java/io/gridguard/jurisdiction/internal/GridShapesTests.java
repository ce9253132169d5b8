package io.gridguard.jurisdiction.internal;

import java.util.List;

import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.NodeLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GridShapesTests {

    private static NodeView grid(long id, String boundary) {
        return new NodeView(id, 1L, NodeLevel.GRID, "G" + id, "grid " + id, null, null, boundary);
    }

    // GeoJSON: longitude first
    private static final String WEST = "{\"type\":\"Polygon\",\"coordinates\":[[[120.0,30.0],[120.1,30.0],[120.1,30.1],[120.0,30.1],[120.0,30.0]]]}";
    private static final String EAST = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[120.1,30.0],[120.2,30.0],[120.2,30.1],[120.1,30.1],[120.1,30.0]]]]}";

    @Test
    void aLocationLiesInTheGridWhoseBoundaryHoldsIt() {
        GridShapes shapes = new GridShapes(List.of(grid(1, WEST), grid(2, EAST), grid(3, null), grid(4, "not json")));
        assertThat(shapes.gridAt(30.05, 120.05)).contains(1L);
        assertThat(shapes.gridAt(30.05, 120.15)).contains(2L);
        assertThat(shapes.gridAt(30.05, 119.9)).isEmpty();
        assertThat(shapes.gridAt(120.05, 30.05)).as("latitude and longitude swapped").isEmpty();
    }
}
