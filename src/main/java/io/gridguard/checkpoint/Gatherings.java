package io.gridguard.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gridguard.checkpoint.internal.GatheringRepository;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.Events;
import io.gridguard.jurisdiction.DepartmentView;
import io.gridguard.jurisdiction.Departments;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gathering rule over gate scans and venue check-ins (seed 004): a place whose count in the last window minutes reaches
 * its kind's threshold opens one GATHERING event per place and window (a later breach in the same window adds a step),
 * routed to the departments configured for that kind of place. Camera alerts of crowds open the same kind of event.
 */
@Service
public class Gatherings {

    /**
     * How far past its threshold a place's scans are counted, as a multiple of it: enough for the warning to say how
     * crowded the place is ("6000 人次以上" at ten times a threshold of 600), and no more, as the count runs each minute.
     */
    static final int COUNTED_UP_TO = 10;

    private final GatheringRepository gatherings;
    private final Places places;
    private final Departments departments;
    private final Events events;
    private final AuditTrail audit;
    private final Clock clock;

    Gatherings(GatheringRepository gatherings, Places places, Departments departments, Events events, AuditTrail audit, Clock clock) {
        this.gatherings = gatherings;
        this.places = places;
        this.departments = departments;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public List<GatheringRule> rules(Caller caller) {
        caller.require(Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
        return gatherings.rules();
    }

    /** District command sets a kind's threshold, window and departments (by code). */
    @Transactional
    public GatheringRule update(Caller caller, PlaceKind kind, Integer threshold, Integer windowMinutes, List<String> departmentCodes) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (threshold == null || threshold < 1 || threshold > 100_000) {
            errors.add(new Problem.FieldError("threshold", "gathering.threshold.range"));
        }
        if (windowMinutes == null || windowMinutes < 1 || windowMinutes > 240) {
            errors.add(new Problem.FieldError("windowMinutes", "gathering.window.range"));
        }
        List<String> known = departments.all().stream().map(DepartmentView::code).toList();
        List<String> codes = departmentCodes == null ? List.of() : departmentCodes.stream().map(String::strip).distinct().toList();
        if (codes.isEmpty() || !known.containsAll(codes)) {
            errors.add(new Problem.FieldError("departments", "gathering.departments.unknown", String.join(", ", known)));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        GatheringRule rule = new GatheringRule(kind, threshold, windowMinutes, codes);
        gatherings.save(rule, caller.username(), clock.instant());
        audit.record("GATHERING_RULE", "gathering_rule", null, kind + " " + threshold + "/" + windowMinutes + " " + codes);
        return rule;
    }

    /** Scans and check-ins at a place in the window ending at {@code at}, counted no further than {@code atMost}. */
    public long count(long placeId, Duration window, Instant at, long atMost) {
        return gatherings.count(placeId, at.minus(window), at, atMost);
    }

    /**
     * Applies the rule at {@code now} to every checkpoint and every place with a venue code; answers the events opened or
     * repeated. Run each minute.
     */
    @Transactional
    public List<Long> check(Instant now) {
        Map<PlaceKind, GatheringRule> rules = new LinkedHashMap<>();
        gatherings.rules().forEach(r -> rules.put(r.placeKind(), r));
        Map<Long, PlaceView> watched = new LinkedHashMap<>();
        places.allOfKind(PlaceKind.CHECKPOINT).forEach(p -> watched.put(p.id(), p));
        for (long venue : gatherings.venues()) {
            places.find(venue).ifPresent(p -> watched.putIfAbsent(p.id(), p));
        }
        List<Long> raised = new ArrayList<>();
        for (PlaceView place : watched.values()) {
            Optional<GatheringRule> rule = Optional.ofNullable(rules.get(place.kind()));
            if (rule.isEmpty()) {
                continue;
            }
            Duration window = Duration.ofMinutes(rule.get().windowMinutes());
            long atMost = (long) rule.get().threshold() * COUNTED_UP_TO;
            long count = count(place.id(), window, now, atMost);
            if (count >= rule.get().threshold()) {
                raised.add(events.raiseOnce("GATHERING", "人员聚集预警：" + place.name() + " 近 " + rule.get().windowMinutes() + " 分钟扫码 "
                                + (count >= atMost ? atMost + " 人次以上" : count + " 人次") + "（阈值 " + rule.get().threshold() + "）",
                        place.path().gridId(), EventSource.RULE,
                        "gathering rule", "crowd:" + place.id(), window, rule.get().departments()));
            }
        }
        return raised;
    }
}
