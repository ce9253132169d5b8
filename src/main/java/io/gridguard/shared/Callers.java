package io.gridguard.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the caller that {@code iam} placed in the security context for this request. */
public final class Callers {

    private Callers() {
    }

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    /** The caller, or {@link AccessDenied} when nobody signed in (never expected behind the security filter). */
    public static Caller require() {
        return current().orElseThrow(() -> new AccessDenied("error.access.anonymous"));
    }
}
