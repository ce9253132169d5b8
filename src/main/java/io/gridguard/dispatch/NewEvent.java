package io.gridguard.dispatch;

import java.util.List;

/**
 * An event as reported: its category and description, where (a grid, or a location the grid is found from), and
 * photos. {@code callerPhone} is a hotline caller's number; {@code source} may be null (then it follows the caller).
 */
public record NewEvent(String category, String description, Long gridId, Double lat, Double lon, EventSource source,
                       String callerPhone, List<Photo> photos) {

    public NewEvent {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** An uploaded photo: its name as sent, its declared type and its bytes (the type is checked from the bytes). */
    public record Photo(String fileName, byte[] bytes) {
    }
}
