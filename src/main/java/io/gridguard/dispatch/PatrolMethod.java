package io.gridguard.dispatch;

/** How a spot was checked: on the camera's video from the duty page, or by walking there. */
public enum PatrolMethod {
    VIDEO, FOOT;

    public String messageKey() {
        return "patrol.method." + name();
    }
}
