package io.gridguard.cockpit;

import java.time.Clock;
import io.gridguard.testing.Testing;
import io.gridguard.volunteer.Volunteers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.gridguard.checkpoint.GateFigures;
import io.gridguard.dispatch.EventFigures;
import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.people.People;
import io.gridguard.quarantine.OrderKind;
import io.gridguard.quarantine.Quarantines;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import io.gridguard.tracing.Cases;
import io.gridguard.tracing.ContactStatus;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;

/**
 * The headline figures of the caller's scope (or a node inside it), each asked of the module that owns it. A scope's
 * figures are counted again in the background once they are {@code gridguard.cockpit.fresh-seconds} (15) old, and
 * readers get the figures in hand meanwhile: a wall screen refreshing itself and many people opening the cockpit at once
 * cost one count, and nobody waits for it but the first to ask for a scope (or the first after a minute nobody asked).
 * {@code asOf} says how old the figures are.
 */
@Service
public class Headlines {

    static final Set<Role> VIEWERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER);

    private final People people;
    private final Quarantines quarantines;
    private final Cases cases;
    private final GateFigures gates;
    private final EventFigures events;
    private final HealthCodes codes;
    private final Testing testing;
    private final Volunteers volunteers;
    private final Jurisdictions jurisdictions;
    private final Clock clock;
    /** Null when figures are counted on every read (fresh-seconds 0, as in the tests). */
    private final LoadingCache<List<ScopeNode>, Summary> recent;

    Headlines(People people, Quarantines quarantines, Cases cases, GateFigures gates, EventFigures events, HealthCodes codes,
              Jurisdictions jurisdictions, Clock clock, CockpitSettings settings, Testing testing, Volunteers volunteers) {
        this.testing = testing;
        this.volunteers = volunteers;
        this.recent = settings.freshSeconds() <= 0 ? null : Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofSeconds(settings.freshSeconds()))
                .expireAfterWrite(Duration.ofSeconds(settings.freshSeconds() * 4L)).maximumSize(10_000).build(this::compute);
        this.people = people;
        this.quarantines = quarantines;
        this.cases = cases;
        this.gates = gates;
        this.events = events;
        this.codes = codes;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The figures of the caller's scope, or of {@code nodeId} when it lies inside it. */
    public Summary summary(Caller caller, Long nodeId) {
        return summary(scopeOf(caller, nodeId));
    }

    /** The caller's nodes, or the node inside them they asked for. */
    public List<ScopeNode> scopeOf(Caller caller, Long nodeId) {
        caller.require(VIEWERS);
        return jurisdictions.scopeOf(caller, nodeId);
    }

    Summary summary(List<ScopeNode> scope) {
        return recent == null ? compute(scope) : recent.get(scope);
    }

    private Summary compute(List<ScopeNode> scope) {
        Instant now = clock.instant();
        People.Headcount headcount = people.headcount(scope);
        long residents = headcount.residents();
        Map<OrderKind, Long> orders = quarantines.activeByKind(scope);
        Cases.Headline traced = cases.headline(scope);
        GateFigures.Today scans = gates.today(scope);
        EventFigures.Today today = events.today(scope, now);
        Map<Colour, List<Long>> notGreen = codes.notGreen();
        long red = inScope(notGreen.get(Colour.RED), scope);
        long yellow = inScope(notGreen.get(Colour.YELLOW), scope);
        long sampled = testing.sampledWithin(scope, Summary.TEST_DAYS);
        return new Summary(describe(scope), residents, headcount.floating(),
                new Summary.Quarantine(orders.get(OrderKind.CENTRALIZED), orders.get(OrderKind.HOME), orders.get(OrderKind.MONITORING)),
                traced.cases(), new Summary.Contacts(traced.contacts().get(ContactStatus.UNDER_CONTROL),
                traced.contacts().get(ContactStatus.ENDED), traced.contacts().get(ContactStatus.RETURNED)),
                new Summary.Scans(scans.scans(), scans.denied()),
                new Summary.Events(today.received(), today.closed(), today.overdue(), today.closureRate()),
                new Summary.Tests(sampled, residents == 0 ? 0 : Math.round(1000.0 * sampled / residents) / 10.0),
                new Summary.Volunteers(volunteers.onDutyCount(scope), volunteers.activeCount(scope)),
                new Summary.Codes(Math.max(0, residents - red - yellow), yellow, red), now);
    }

    /** How many of these people live under the scope's nodes. */
    private long inScope(List<Long> personIds, List<ScopeNode> scope) {
        Map<Long, NodePath> paths = people.pathsOf(personIds);
        return paths.values().stream().filter(path -> io.gridguard.shared.ScopeNode.anyCovers(scope, path)).count();
    }

    private Summary.Scope describe(List<ScopeNode> scope) {
        String level = scope.isEmpty() ? "NONE" : scope.getFirst().level().name();
        String name = scope.stream().map(node -> jurisdictions.find(node.id()).map(NodeView::name).orElse("?")).collect(Collectors.joining("、"));
        return new Summary.Scope(level, scope.stream().map(ScopeNode::id).toList(), name);
    }
}
