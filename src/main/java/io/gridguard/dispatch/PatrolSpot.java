package io.gridguard.dispatch;

import java.time.Instant;
import java.util.List;

/** A spot patrolled every day, its checklist, and its latest check of the day (null when not yet checked). */
public record PatrolSpot(long id, long placeId, String name, List<String> checklist, long gridId, Check today) {

    /** A check: when, by whom, how (video or on foot), whether a hazard was found (and its event), the items that failed. */
    public record Check(long id, String worker, Instant at, PatrolMethod method, boolean hazard, List<String> failedItems, String note,
                        Long eventId) {
    }
}
