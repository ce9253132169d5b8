package io.gridguard.healthcode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.gridguard.healthcode.internal.RiskAreaRepository;
import io.gridguard.people.People;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medium- and high-risk areas (district command keeps the list) and arrivals declared against it: an arrival
 * from an area that was a risk area on the day the person left, within the policy's window, is reported to
 * the health code as ARRIVAL_FROM_RISK_AREA like any other fact.
 */
@Service
public class RiskAreas {

    /** An administrative division code (GB/T 2260): 6 digits, or 9/12 for streets and communities. */
    private static final Pattern REGION = Pattern.compile("\\d{6}(\\d{3}(\\d{3})?)?");
    private static final Set<Role> KEEPERS = Set.of(Role.DISTRICT_COMMAND);

    public record NewRiskArea(String regionCode, String name, RiskArea.Level level, LocalDate validFrom, LocalDate validTo) {
    }

    public record Arrival(Long personId, String regionCode, LocalDate arrivedOn) {
    }

    /** What a declaration led to: the area it matched (if any) and the code after it. */
    public record ArrivalOutcome(RiskArea matched, HealthCodeView code) {
    }

    private final RiskAreaRepository areas;
    private final HealthCodes codes;
    private final People people;
    private final HealthCodeSettings settings;
    private final AuditTrail audit;

    RiskAreas(RiskAreaRepository areas, HealthCodes codes, People people, HealthCodeSettings settings, AuditTrail audit) {
        this.areas = areas;
        this.codes = codes;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
    }

    /** The list is public information: everyone signed in may read it. */
    public List<RiskArea> all() {
        return areas.all();
    }

    public List<RiskArea> activeOn(LocalDate day) {
        return areas.all().stream().filter(a -> a.activeOn(day)).toList();
    }

    @Transactional
    public RiskArea add(Caller caller, NewRiskArea area) {
        caller.require(KEEPERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (area.regionCode() == null || !REGION.matcher(area.regionCode().strip()).matches()) {
            errors.add(new Problem.FieldError("regionCode", "riskArea.regionCode.invalid"));
        }
        if (area.name() == null || area.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "error.required"));
        } else if (area.name().strip().length() > 100) {
            errors.add(new Problem.FieldError("name", "error.tooLong", 100));
        }
        if (area.level() == null) {
            errors.add(new Problem.FieldError("level", "error.required"));
        }
        if (area.validFrom() == null) {
            errors.add(new Problem.FieldError("validFrom", "error.required"));
        } else if (area.validTo() != null && area.validTo().isBefore(area.validFrom())) {
            errors.add(new Problem.FieldError("validTo", "riskArea.dates"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        long id = areas.insert(area.regionCode().strip(), area.name().strip(), area.level(), area.validFrom(), area.validTo(),
                caller.username());
        audit.record("RISK_AREA_ADD", "risk_area", id, area.name().strip());
        return areas.all().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Ends an area today: arrivals from it after today no longer count. */
    @Transactional
    public void end(Caller caller, long id, LocalDate today) {
        caller.require(KEEPERS);
        if (areas.end(id, today) == 0) {
            throw new Problem.NotFound("riskArea.notFound", id);
        }
        audit.record("RISK_AREA_END", "risk_area", id, null);
    }

    /** A resident declares their own arrival; staff in scope may declare for someone (a list from the upper level). */
    @Transactional
    public ArrivalOutcome declare(Caller caller, Arrival arrival, LocalDate today) {
        long personId;
        if (caller.role() == Role.RESIDENT) {
            personId = caller.personId();
        } else {
            caller.require(HealthCodes.RECORDERS);
            personId = Optional.ofNullable(arrival.personId()).orElseThrow(() -> new Problem.Invalid("personId", "error.required"));
        }
        people.requireVisible(caller, personId);
        String region = arrival.regionCode() == null ? "" : arrival.regionCode().strip();
        if (!REGION.matcher(region).matches()) {
            throw new Problem.Invalid("regionCode", "riskArea.regionCode.invalid");
        }
        if (arrival.arrivedOn() == null || arrival.arrivedOn().isAfter(today) || arrival.arrivedOn().isBefore(today.minusDays(60))) {
            throw new Problem.Invalid("arrivedOn", "riskArea.arrivedOn.range");
        }
        Optional<RiskArea> matched = areas.all().stream()
                .filter(a -> region.startsWith(prefix(a.regionCode())) && a.activeOn(arrival.arrivedOn()))
                .findFirst();
        areas.declare(personId, region, arrival.arrivedOn(), matched.map(RiskArea::id).orElse(null), caller.username());
        Duration window = codes.policy().windows().getOrDefault(FactKind.ARRIVAL_FROM_RISK_AREA, Duration.ofDays(14));
        boolean withinWindow = !arrival.arrivedOn().plusDays(window.toDays()).isBefore(today);
        HealthCodeView code = matched.isPresent() && withinWindow
                ? codes.report(new NewFact(personId, FactKind.ARRIVAL_FROM_RISK_AREA,
                arrival.arrivedOn().atStartOfDay(settings.zone()).toInstant(), "ARRIVAL_DECLARATION", matched.get().name()), caller.username())
                : codes.current(personId);
        return new ArrivalOutcome(matched.orElse(null), code);
    }

    /** "420100" (a city) covers "420106…" (its districts and streets): trailing zero pairs widen the area. */
    static String prefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
