package io.gridguard.iam.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import io.gridguard.iam.IamSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password and code guessing: after {@code maxFailures} failures within the lock duration,
 * the username (or phone) is locked for that duration. A success clears the count.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final IamSettings settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, IamSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isLocked(String principal) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE principal = ?").param(principal)
                .query((rs, n) -> rs.getTimestamp(1)).optional()
                .filter(until -> until != null && until.toInstant().isAfter(clock.instant()))
                .isPresent();
    }

    /** Counts a failure in its own transaction, so that it stays counted when the sign-in itself fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String principal) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(settings.lockDuration());
        int updated = jdbc.sql("""
                UPDATE login_throttle SET
                  failures = CASE WHEN first_failure_at < ? THEN 1 ELSE failures + 1 END,
                  first_failure_at = CASE WHEN first_failure_at < ? THEN ? ELSE first_failure_at END
                WHERE principal = ?""")
                .params(Timestamp.from(windowStart), Timestamp.from(windowStart), Timestamp.from(now), principal).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO login_throttle (principal, failures, first_failure_at) VALUES (?, 1, ?)")
                    .params(principal, Timestamp.from(now)).update();
        }
        jdbc.sql("UPDATE login_throttle SET locked_until = ? WHERE principal = ? AND failures >= ?")
                .params(Timestamp.from(now.plus(settings.lockDuration())), principal, settings.maxFailures()).update();
    }

    public void succeeded(String principal) {
        jdbc.sql("DELETE FROM login_throttle WHERE principal = ?").param(principal).update();
    }
}
