package io.gridguard.cockpit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.cockpit.internal.RiskRepository;
import io.gridguard.dispatch.EventFigures;
import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.RiskIndicator;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.ResidentialAreas;
import io.gridguard.people.People;
import io.gridguard.quarantine.Quarantines;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.tracing.Cases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tri-colour risk map (三色预警, seeds 000 and 004; DESIGN.md §3 flow 6): every compound and rental apartment coloured
 * by its households, floating population, people in home quarantine, cases under treatment and overdue events, against
 * the thresholds of the policy in force. The whole district is evaluated at once (every minute, or when district command
 * asks) from the owning modules' public APIs; the map is then one read of the stored result, and each change of colour is
 * kept as the place's history and told on the alert feed.
 */
@Service
public class RiskMap {

    private static final Logger log = LoggerFactory.getLogger(RiskMap.class);

    private final ResidentialAreas areas;
    private final People people;
    private final Quarantines quarantines;
    private final Cases cases;
    private final EventFigures events;
    private final HealthCodes codes;
    private final Headlines headlines;
    private final RiskRepository stored;
    private final AlertFeed feed;
    private final Clock clock;

    RiskMap(ResidentialAreas areas, People people, Quarantines quarantines, Cases cases, EventFigures events, HealthCodes codes,
            Headlines headlines, RiskRepository stored, AlertFeed feed, Clock clock) {
        this.areas = areas;
        this.people = people;
        this.quarantines = quarantines;
        this.cases = cases;
        this.events = events;
        this.codes = codes;
        this.headlines = headlines;
        this.stored = stored;
        this.feed = feed;
        this.clock = clock;
    }

    /** What an evaluation did: how many places it coloured and how many changed colour. */
    public record Evaluation(int places, int changed, Instant at, int policyVersion) {
    }

    /** Evaluates every place now (district command; the schedule does it every minute). */
    public Evaluation evaluate(Caller caller) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        return evaluate();
    }

    @Transactional
    public Evaluation evaluate() {
        Instant now = clock.instant();
        HealthPolicy policy = codes.policy();
        ResidentialAreas.Layout layout = areas.layout();
        Map<Long, Map<RiskIndicator, Long>> values = new HashMap<>();
        for (ResidentialAreas.Area area : layout.areas()) {
            Map<RiskIndicator, Long> v = new EnumMap<>(RiskIndicator.class);
            for (RiskIndicator indicator : RiskIndicator.values()) {
                v.put(indicator, 0L);
            }
            v.put(RiskIndicator.HOUSEHOLDS, area.households());
            values.put(area.place().id(), v);
        }
        people.floatingByHousehold().forEach((household, n) ->
                layout.areaOf(household).ifPresent(area -> add(values, area, RiskIndicator.FLOATING, n)));
        quarantines.homeByHousehold().forEach((household, n) ->
                layout.areaOf(household).ifPresent(area -> add(values, area, RiskIndicator.HOME_QUARANTINE, n)));
        people.householdsOf(cases.underTreatment()).values().forEach(household ->
                layout.areaOf(household).ifPresent(area -> add(values, area, RiskIndicator.CASES, 1)));
        for (double[] at : events.overdueLocations()) {
            layout.areaAt(at[0], at[1]).ifPresent(area -> add(values, area, RiskIndicator.OVERDUE_EVENTS, 1));
        }

        Map<Long, Colour> before = stored.colours();
        List<RiskPlace> unchanged = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int changed = 0;
        for (ResidentialAreas.Area area : layout.areas()) {
            PlaceView p = area.place();
            seen.add(p.id());
            Map<RiskIndicator, Long> v = values.get(p.id());
            RiskRating rating = RiskRating.of(v, policy.riskThresholds());
            RiskPlace place = new RiskPlace(p.id(), p.kind().name(), p.name(), p.path(), geometry(p), rating.colour(), v,
                    rating.reasons(), rating.score(), now, now, policy.version());
            Colour was = before.get(p.id());
            if (was == rating.colour()) {
                unchanged.add(place);
                continue;
            }
            boolean recorded = was == null ? stored.insert(place) : stored.changeColour(place, was);
            if (recorded) {
                stored.addChange(p.id(), new RiskChange(was, rating.colour(), v, rating.reasons(), policy.version(), now));
                changed++;
                if (was != null) {
                    feed.raise(FeedKind.RISK_COLOUR, "risk:" + p.id() + ":" + now.toEpochMilli(), p.path(),
                            List.of(p.name(), "#cockpit.risk.colour." + was, "#cockpit.risk.colour." + rating.colour()),
                            "/cockpit/risk-map?place=" + p.id(), now);
                }
            }
        }
        stored.refresh(unchanged);
        before.keySet().stream().filter(id -> !seen.contains(id)).forEach(stored::remove);
        if (changed > 0) {
            log.info("Risk map: {} places evaluated, {} changed colour", layout.areas().size(), changed);
        }
        return new Evaluation(layout.areas().size(), changed, now, policy.version());
    }

    /** The places in the caller's scope (or a node inside it), those needing attention first. */
    public List<RiskPlace> places(Caller caller, Long nodeId) {
        return places(headlines.scopeOf(caller, nodeId));
    }

    /** The places under these nodes (a scope the caller was checked for), those needing attention first. */
    public List<RiskPlace> places(List<io.gridguard.shared.ScopeNode> scope) {
        return stored.find(scope);
    }

    /** When the map was last evaluated: what is drawn from it holds until then (null before the first evaluation). */
    public Instant lastEvaluated() {
        return stored.lastEvaluated();
    }

    /** A place's colour changes, the latest first (within the caller's scope). */
    public List<RiskChange> history(Caller caller, long placeId) {
        List<io.gridguard.shared.ScopeNode> scope = headlines.scopeOf(caller, null);
        RiskPlace place = stored.find(placeId).filter(p -> io.gridguard.shared.ScopeNode.anyCovers(scope, p.path()))
                .orElseThrow(() -> new Problem.NotFound("cockpit.risk.place.notFound", placeId));
        return stored.history(place.placeId());
    }

    private static void add(Map<Long, Map<RiskIndicator, Long>> values, long area, RiskIndicator indicator, long n) {
        values.get(area).merge(indicator, n, Long::sum);
    }

    /** The place's outline, or its point when it has none (a rental apartment is often one building). */
    private static String geometry(PlaceView p) {
        if (p.boundary() != null && !p.boundary().isBlank()) {
            return p.boundary();
        }
        return p.lat() == null || p.lon() == null ? null : "{\"type\":\"Point\",\"coordinates\":[" + p.lon() + "," + p.lat() + "]}";
    }
}
