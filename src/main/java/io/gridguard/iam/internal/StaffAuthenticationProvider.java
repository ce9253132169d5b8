package io.gridguard.iam.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Form sign-in for staff: the page posts username and password, the session keeps the caller. */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final StaffAuthenticator authenticator;

    StaffAuthenticationProvider(StaffAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        return CallerAuthentication.of(authenticator.authenticate(authentication.getName(),
                String.valueOf(authentication.getCredentials())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
