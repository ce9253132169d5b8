package io.gridguard.dispatch.internal;

import java.io.Serializable;

/** A persistent timer's data: which event, which of its deadlines (ACCEPT, ONSITE, CLOSE). */
public record Deadline(long eventId, String kind) implements Serializable {

    public static final String ACCEPT = "ACCEPT";
    public static final String ONSITE = "ONSITE";
    public static final String CLOSE = "CLOSE";
}
