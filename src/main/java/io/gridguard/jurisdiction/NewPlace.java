package io.gridguard.jurisdiction;

/** What it takes to register a place in a grid (or a community, for places that serve several grids). */
public record NewPlace(PlaceKind kind, String name, long nodeId, Long parentPlaceId, String address,
                       Double lat, Double lon, String boundary, Integer capacity) {
}
