package io.gridguard.tracing;

import java.util.Set;

/**
 * A contact's status. SUGGESTED (co-presence, not yet looked at) becomes UNDER_CONTROL (管控中) when a tracer
 * confirms it or DISMISSED when not; control ends as ENDED (结束管控) or RETURNED (退回, handed back to the region
 * the person came from, with the destination).
 */
public enum ContactStatus {
    SUGGESTED, UNDER_CONTROL, ENDED, RETURNED, DISMISSED;

    public Set<ContactStatus> next() {
        return switch (this) {
            case SUGGESTED -> Set.of(UNDER_CONTROL, DISMISSED);
            case UNDER_CONTROL -> Set.of(ENDED, RETURNED);
            case ENDED, RETURNED, DISMISSED -> Set.of();
        };
    }

    public String messageKey() {
        return "tracing.status." + name();
    }
}
