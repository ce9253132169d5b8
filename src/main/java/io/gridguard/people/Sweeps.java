package io.gridguard.people;

import java.util.List;
import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.internal.SweepRepository;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sweeps (排查 rounds, seed 003): a community starts one, grid workers record each household they visit,
 * and everyone sees the progress as households visited out of the households the community had when it began.
 */
@Service
public class Sweeps {

    private static final Set<Role> VISITORS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
            Role.GRID_WORKER);

    private final SweepRepository sweeps;
    private final Jurisdictions jurisdictions;
    private final Places places;

    Sweeps(SweepRepository sweeps, Jurisdictions jurisdictions, Places places) {
        this.sweeps = sweeps;
        this.jurisdictions = jurisdictions;
        this.places = places;
    }

    @Transactional
    public SweepView start(Caller caller, Long communityId, String name) {
        caller.require(Registrations.CLERKS);
        if (communityId == null || jurisdictions.find(communityId).filter(n -> n.level() == NodeLevel.COMMUNITY).isEmpty()) {
            throw new Problem.Invalid("communityId", "registration.community.invalid");
        }
        jurisdictions.requireVisible(caller, communityId);
        if (name == null || name.isBlank()) {
            throw new Problem.Invalid("name", "error.required");
        }
        if (name.strip().length() > 100) {
            throw new Problem.Invalid("name", "error.tooLong", 100);
        }
        int total = (int) places.countIn(communityId, PlaceKind.HOUSEHOLD);
        return sweeps.find(sweeps.insert(communityId, name.strip(), total, caller.username())).orElseThrow();
    }

    /** The sweeps of the communities the caller's scope touches (a grid worker sees their community's). */
    public List<SweepView> list(Caller caller) {
        caller.require(VISITORS);
        List<Long> communities = caller.nodes().stream()
                .flatMap(node -> communitiesOf(node.id(), node.level()).stream()).distinct().toList();
        return sweeps.inCommunities(communities);
    }

    public SweepView sweep(Caller caller, long id) {
        caller.require(VISITORS);
        SweepView sweep = sweeps.find(id).orElseThrow(() -> new Problem.NotFound("sweep.notFound", id));
        if (list(caller).stream().noneMatch(s -> s.id() == id)) {
            throw new io.gridguard.shared.AccessDenied("error.access.scope");
        }
        return sweep;
    }

    /** The households of the sweep's community that the caller may visit, with what was found so far. */
    public PageOf<HouseholdVisit> households(Caller caller, long sweepId, PageRequest page) {
        SweepView sweep = sweep(caller, sweepId);
        PageOf<PlaceView> households = places.page(caller, sweep.communityId(), null, PlaceKind.HOUSEHOLD, page);
        var visits = sweeps.visits(sweepId, households.items().stream().map(PlaceView::id).toList());
        return households.map(h -> HouseholdVisit.of(h.id(), h.name(), h.nodeId(), visits.get(h.id())));
    }

    /** One household of the sweep with its visit, e.g. to redraw its row after a visit was recorded. */
    public HouseholdVisit visitOf(Caller caller, long sweepId, long householdId) {
        sweep(caller, sweepId);
        PlaceView household = places.requireVisible(caller, householdId);
        return HouseholdVisit.of(household.id(), household.name(), household.nodeId(),
                sweeps.visits(sweepId, List.of(householdId)).get(householdId));
    }

    @Transactional
    public void visit(Caller caller, long sweepId, long householdId, VisitOutcome outcome, String note) {
        SweepView sweep = sweep(caller, sweepId);
        if (!sweep.open()) {
            throw new Problem.Conflict("sweep.closed");
        }
        PlaceView household = places.requireVisible(caller, householdId);
        if (household.kind() != PlaceKind.HOUSEHOLD || household.path().communityId() != sweep.communityId()) {
            throw new Problem.Invalid("householdId", "people.household.invalid");
        }
        if (outcome == null) {
            throw new Problem.Invalid("outcome", "error.required");
        }
        if (note != null && note.length() > 300) {
            throw new Problem.Invalid("note", "error.tooLong", 300);
        }
        sweeps.visit(sweepId, householdId, household.nodeId(), outcome, note == null || note.isBlank() ? null : note.strip(),
                caller.username());
    }

    @Transactional
    public void close(Caller caller, long sweepId) {
        caller.require(Registrations.CLERKS);
        sweep(caller, sweepId);
        sweeps.close(sweepId);
    }

    private List<Long> communitiesOf(long nodeId, NodeLevel level) {
        return switch (level) {
            case COMMUNITY -> List.of(nodeId);
            case GRID -> jurisdictions.find(nodeId).map(NodeView::parentId).stream().toList();
            default -> jurisdictions.descendants(nodeId, NodeLevel.COMMUNITY).stream().map(NodeView::id).toList();
        };
    }
}
