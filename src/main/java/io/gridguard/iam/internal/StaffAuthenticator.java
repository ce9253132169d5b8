package io.gridguard.iam.internal;

import io.gridguard.shared.Caller;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a staff member's username and password, throttled; used by the sign-in page and by the
 * token endpoint alike.
 */
@Component
public class StaffAuthenticator {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final String dummyHash;

    StaffAuthenticator(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("not-a-real-password");
    }

    public Caller authenticate(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (throttle.isLocked(name)) {
            throw new LockedException("locked");
        }
        var account = accounts.findByUsername(name);
        // Hash even for an unknown name, so response times do not tell which usernames exist.
        boolean matches = passwords.matches(password == null ? "" : password,
                account.map(AccountRepository.Account::passwordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches) {
            throttle.failed(name);
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.get().enabled()) {
            throw new DisabledException("disabled");
        }
        throttle.succeeded(name);
        var a = account.get();
        return new Caller(a.username(), a.displayName(), a.role(), a.nodes(), a.departmentId(), a.placeId(), null);
    }
}
