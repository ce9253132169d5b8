package io.gridguard.healthcode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's daily health check-in (健康打卡), one per day: normal (below the fever threshold, no symptom) or
 * abnormal, recorded as a fact like any other. Under Hangzhou's February 2020 rules enough normal days in a row
 * end a yellow or red reason ({@link HealthPolicy#checkInDays}).
 */
@Service
public class DailyCheckIns {

    private static final BigDecimal LOWEST = new BigDecimal("34.0");
    private static final BigDecimal HIGHEST = new BigDecimal("43.0");

    private final HealthCodes codes;
    private final Clock clock;

    DailyCheckIns(HealthCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    public HealthCodeView checkIn(Caller caller, BigDecimal temperature, Set<Symptom> symptoms) {
        if (caller.role() != Role.RESIDENT || caller.personId() == null) {
            throw new AccessDenied("checkIn.residentsOnly");
        }
        if (temperature == null || temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
            throw new Problem.Invalid("temperature", "checkIn.temperature");
        }
        long personId = caller.personId();
        Instant now = clock.instant();
        ZoneId zone = codes.settings().zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (recent(personId).stream().anyMatch(f -> f.occurredAt().atZone(zone).toLocalDate().equals(today))) {
            throw new Problem.Conflict("checkIn.already");
        }
        Set<Symptom> reported = symptoms == null ? Set.of() : symptoms;
        boolean normal = !codes.policy().isFever(temperature) && reported.isEmpty();
        String detail = temperature + "°C" + (reported.isEmpty() ? "" : " " + reported);
        return codes.report(new NewFact(personId, normal ? FactKind.CHECK_IN_NORMAL : FactKind.CHECK_IN_ABNORMAL, now, "CHECK_IN",
                detail), caller.username());
    }

    /** The person's last 30 check-ins, newest first (their page shows the run). */
    public List<HealthFact> recent(long personId) {
        return codes.facts(personId).stream()
                .filter(f -> f.kind() == FactKind.CHECK_IN_NORMAL || f.kind() == FactKind.CHECK_IN_ABNORMAL)
                .sorted(Comparator.comparing(HealthFact::occurredAt).reversed()).limit(30).toList();
    }
}
