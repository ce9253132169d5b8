package io.gridguard.dispatch;

/** Who or what reported an event: kept with it, counted in the figures. */
public enum EventSource {
    GRID_WORKER, RESIDENT, HOTLINE, STAFF, CAMERA, DEVICE, RULE;

    public String messageKey() {
        return "event.source." + name();
    }
}
