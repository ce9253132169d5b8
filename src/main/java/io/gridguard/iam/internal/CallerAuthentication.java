package io.gridguard.iam.internal;

import java.util.List;

import io.gridguard.shared.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication every sign-in path ends with: the caller as principal, their role as authority. */
public final class CallerAuthentication {

    private CallerAuthentication() {
    }

    public static UsernamePasswordAuthenticationToken of(Caller caller) {
        return UsernamePasswordAuthenticationToken.authenticated(caller, null,
                List.of(new SimpleGrantedAuthority(caller.role().authority())));
    }
}
