package io.gridguard.tracing;

import java.time.Instant;

/** One step in a case's life, for its timeline: {@code what} names a message, {@code detail} its argument. */
public record TimelineEntry(Instant at, String what, String detail, String by) {

    public String messageKey() {
        return "tracing.timeline." + what;
    }
}
