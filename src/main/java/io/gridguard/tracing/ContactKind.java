package io.gridguard.tracing;

import io.gridguard.healthcode.FactKind;

/** 密切接触者 (red while under control) and 次密切接触者 (yellow). */
public enum ContactKind {
    CLOSE, SECONDARY;

    FactKind fact() {
        return this == CLOSE ? FactKind.CONTACT_CLOSE : FactKind.CONTACT_SECONDARY;
    }

    public String messageKey() {
        return "tracing.kind." + name();
    }
}
