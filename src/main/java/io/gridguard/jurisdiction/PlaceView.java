package io.gridguard.jurisdiction;

import io.gridguard.shared.NodePath;

/** A place as other modules see it, with the path of the grid it stands in. */
public record PlaceView(long id, PlaceKind kind, String name, long nodeId, NodePath path, Long parentPlaceId,
                        String address, Double lat, Double lon, String boundary, Integer capacity) {
}
