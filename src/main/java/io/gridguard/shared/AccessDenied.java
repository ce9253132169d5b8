package io.gridguard.shared;

/** The caller's role or scope does not allow this: 403. */
public final class AccessDenied extends Problem {
    public AccessDenied(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
