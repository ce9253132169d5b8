package io.gridguard.jurisdiction;

import java.util.List;
import java.util.Map;

import io.gridguard.shared.NodePath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentialAreasTests {

    private static PlaceView place(long id, PlaceKind kind, Double lat, Double lon, String boundary) {
        return new PlaceView(id, kind, "p" + id, 9, new NodePath(1, 2, 3, 9), null, null, lat, lon, boundary, null);
    }

    private static final String BOX = "{\"type\":\"Polygon\",\"coordinates\":[[[120.0,30.0],[120.01,30.0],[120.01,30.01],[120.0,30.01],[120.0,30.0]]]}";
    private static final String INNER = "{\"type\":\"Polygon\",\"coordinates\":[[[120.004,30.004],[120.006,30.004],[120.006,30.006],[120.004,30.006],[120.004,30.004]]]}";

    private final ResidentialAreas.Layout layout = new ResidentialAreas.Layout(List.of(
            new ResidentialAreas.Area(place(1, PlaceKind.COMPOUND, 30.005, 120.005, BOX), 2),
            new ResidentialAreas.Area(place(2, PlaceKind.COMPOUND, 30.005, 120.005, INNER), 1),
            new ResidentialAreas.Area(place(3, PlaceKind.RENTAL_APARTMENT, 30.1, 120.1, null), 1)), Map.of(11L, 1L, 12L, 3L));

    @Test
    void aLocationFallsInTheSmallestOutlineAroundItOrNearAPointOnlyPlace() {
        assertThat(layout.areaAt(30.001, 120.001)).contains(1L);
        assertThat(layout.areaAt(30.005, 120.005)).as("the compound inside the other").contains(2L);
        assertThat(layout.areaAt(30.1005, 120.1005)).as("within about 100 m of a rental apartment").contains(3L);
        assertThat(layout.areaAt(30.2, 120.2)).isEmpty();
    }

    @Test
    void aHouseholdBelongsToItsArea() {
        assertThat(layout.areaOf(12L)).contains(3L);
        assertThat(layout.areaOf(99L)).isEmpty();
        assertThat(layout.areaOf(null)).isEmpty();
    }
}
