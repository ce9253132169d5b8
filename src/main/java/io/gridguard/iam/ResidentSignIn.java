package io.gridguard.iam;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gridguard.iam.internal.LoginThrottle;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.people.PhoneNumber;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Hashes;
import io.gridguard.shared.Masking;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents sign in with a six-digit code sent to their phone. Codes are stored hashed, expire, allow
 * a few attempts, and may not be re-sent too often; failures lock the phone like a staff password.
 * Whether a phone is registered is not revealed to the person asking.
 */
@Service
public class ResidentSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final People people;
    private final OneTimeCodeSender sender;
    private final LoginThrottle throttle;
    private final IamSettings settings;
    private final Clock clock;

    ResidentSignIn(JdbcClient jdbc, People people, OneTimeCodeSender sender, LoginThrottle throttle,
                   IamSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.sender = sender;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends a code if the phone belongs to someone; answers the code only when demo mode shows codes on screen. */
    @Transactional
    public Optional<String> sendCode(String phoneInput) {
        String phone = mobile(phoneInput);
        if (throttle.isLocked(principal(phone))) {
            throw new Problem.Conflict("iam.signIn.locked");
        }
        Instant now = clock.instant();
        var lastSent = jdbc.sql("SELECT sent_at FROM one_time_code WHERE phone = ?").param(phone)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
        if (lastSent.isPresent() && lastSent.get().plus(settings.codeResendAfter()).isAfter(now)) {
            throw new Problem.Conflict("iam.code.tooSoon", settings.codeResendAfter().toSeconds());
        }
        if (people.byPhone(phone).isEmpty()) {
            return Optional.empty();
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        jdbc.sql("DELETE FROM one_time_code WHERE phone = ?").param(phone).update();
        jdbc.sql("INSERT INTO one_time_code (phone, code_hash, expires_at, attempts, sent_at) VALUES (?, ?, ?, 0, ?)")
                .params(phone, Hashes.sha256(phone + ":" + code), Timestamp.from(now.plus(settings.codeTtl())),
                        Timestamp.from(now)).update();
        sender.send(phone, code);
        return settings.showCodes() ? Optional.of(code) : Optional.empty();
    }

    /** Checks the code; on success the people this phone belongs to (a family may share one phone). */
    @Transactional(noRollbackFor = Problem.class)
    public List<PersonRef> verify(String phoneInput, String code) {
        String phone = mobile(phoneInput);
        if (throttle.isLocked(principal(phone))) {
            throw new Problem.Conflict("iam.signIn.locked");
        }
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw new Problem.Invalid("code", "iam.code.shape");
        }
        var stored = jdbc.sql("SELECT code_hash, expires_at, attempts FROM one_time_code WHERE phone = ?").param(phone)
                .query((rs, n) -> new StoredCode(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3))).optional();
        if (stored.isEmpty() || stored.get().expiresAt().isBefore(clock.instant()) || stored.get().attempts() >= MAX_ATTEMPTS) {
            throw new Problem.Invalid("code", "iam.code.expired");
        }
        if (!stored.get().hash().equals(Hashes.sha256(phone + ":" + code.strip()))) {
            jdbc.sql("UPDATE one_time_code SET attempts = attempts + 1 WHERE phone = ?").param(phone).update();
            throttle.failed(principal(phone));
            throw new Problem.Invalid("code", "iam.code.wrong");
        }
        jdbc.sql("DELETE FROM one_time_code WHERE phone = ?").param(phone).update();
        throttle.succeeded(principal(phone));
        return people.byPhone(phone);
    }

    /** The people of a phone whose code was verified moments ago in this session. */
    public List<PersonRef> peopleOf(String phone) {
        return people.byPhone(mobile(phone));
    }

    public Caller callerFor(PersonRef person, String phone) {
        return new Caller("resident:" + person.id(), person.maskedName() + " (" + Masking.phone(phone) + ")", Role.RESIDENT,
                List.of(), null, null, person.id());
    }

    private record StoredCode(String hash, Instant expiresAt, int attempts) {
    }

    private static String mobile(String input) {
        PhoneNumber phone = new PhoneNumber(input);
        if (!phone.isMobile()) {
            throw new Problem.Invalid("phone", "iam.phone.mobile");
        }
        return phone.value();
    }

    private static String principal(String phone) {
        return "phone:" + phone;
    }
}
