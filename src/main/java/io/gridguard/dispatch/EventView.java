package io.gridguard.dispatch;

import java.time.Instant;
import java.util.List;

/** An event as its page and the API show it, with its departments and its timeline. */
public record EventView(long id, String category, String description, EventSource source, String reportedBy,
                        Double lat, Double lon, long gridId, String gridName, EventState state, Level level,
                        List<Department> departments, Instant acceptBy, Instant onSiteBy, Instant closeBy, boolean breached,
                        Instant createdAt, Instant acceptedAt, Instant closedAt, List<Step> timeline) {

    public record Department(long id, String name) {
    }

    /** One step of the timeline: when, who, what, a note, photos (names to fetch under the event). */
    public record Step(Instant at, String actor, String action, String note, List<String> photos) {
    }
}
