package io.gridguard.jurisdiction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gridguard.shared.Remembered;
import io.gridguard.jurisdiction.internal.PlaceRepository;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AfterCommit;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places inside grids. Staff see the places of their scope; a checkpoint operator, site staff or an
 * enterprise contact sees only their own place. Buildings belong to compounds or rental apartments,
 * households to buildings or rental apartments, always in the same grid.
 */
@Service
public class Places {

    static final Set<Role> EDITORS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
    private static final Set<Role> OWN_PLACE_ONLY = Set.of(Role.CHECKPOINT_OPERATOR, Role.SITE_STAFF, Role.ENTERPRISE_CONTACT);

    private final PlaceRepository places;
    private final Jurisdictions jurisdictions;
    private final PlaceValidator validator;
    /**
     * Places read by id on every gate scan and check-in (the checkpoint, the venue). Places change rarely; an
     * update here is seen at once, one on another instance within half a minute.
     */
    private final Remembered<Long, PlaceView> recent = Remembered.forAtMost(Duration.ofSeconds(30), 20_000);

    Places(PlaceRepository places, Jurisdictions jurisdictions, PlaceValidator validator) {
        this.places = places;
        this.jurisdictions = jurisdictions;
        this.validator = validator;
    }

    /**
     * Who lives in a place, for a campaign that targets it: the place and the places in it (a compound's buildings and
     * their households), each with the building it is or is in — or the place itself where there is none.
     */
    public Map<Long, Long> unitsUnder(long placeId) {
        return places.unitsUnder(placeId);
    }

    /** Every place of a kind in the district (e.g. its checkpoints, for a rule that watches each of them). */
    public List<PlaceView> allOfKind(PlaceKind kind) {
        List<ScopeNode> everywhere = jurisdictions.roots().stream().map(root -> jurisdictions.scopeNode(root.id())).toList();
        return places.find(everywhere, null, null, kind, Integer.MAX_VALUE, 0);
    }

    public Optional<PlaceView> find(long id) {
        return Optional.ofNullable(recent.get(id, key -> places.find(key).orElse(null)));
    }

    public PlaceView place(long id) {
        return find(id).orElseThrow(() -> new PlaceNotFound(id));
    }

    public PlaceView requireVisible(Caller caller, long id) {
        PlaceView place = place(id);
        if (!mayRead(caller, place)) {
            throw new AccessDenied("error.access.scope");
        }
        return place;
    }

    public boolean mayEdit(Caller caller) {
        return EDITORS.contains(caller.role());
    }

    /**
     * Places in the caller's scope, optionally under a node, inside a parent place, or of one kind.
     * Machine clients (scanners) may list the places of their key's scope.
     */
    public PageOf<PlaceView> page(Caller caller, Long nodeId, Long parentPlaceId, PlaceKind kind, PageRequest page) {
        if (caller.role() == Role.RESIDENT) {
            throw new AccessDenied("error.access.role");
        }
        if (OWN_PLACE_ONLY.contains(caller.role())) {
            List<PlaceView> own = Optional.ofNullable(caller.placeId()).flatMap(places::find)
                    .filter(p -> kind == null || p.kind() == kind).stream().toList();
            return new PageOf<>(own, 0, page.size(), own.size());
        }
        List<ScopeNode> scope = caller.nodes();
        return new PageOf<>(places.find(scope, nodeId, parentPlaceId, kind, page.size(), page.offset()),
                page.page(), page.size(), places.count(scope, nodeId, parentPlaceId, kind));
    }

    /** How many places of a kind stand under a node, whoever asks (e.g. households in a community for a sweep). */
    public long countIn(long nodeId, PlaceKind kind) {
        return places.count(List.of(jurisdictions.scopeNode(nodeId)), null, null, kind);
    }

    @Transactional
    public PlaceView register(Caller caller, NewPlace place) {
        caller.require(EDITORS);
        NodePath path = validator.validate(place);
        caller.requireCovers(path);
        return place(places.insertAll(List.of(place), List.of(path)).getFirst());
    }

    @Transactional
    public PlaceView update(Caller caller, long id, NewPlace place) {
        caller.require(EDITORS);
        caller.requireCovers(requireVisible(caller, id).path());
        NodePath path = validator.validate(place);
        caller.requireCovers(path);
        if (place.parentPlaceId() != null && place.parentPlaceId() == id) {
            throw new Problem.Invalid("parentPlaceId", "jurisdiction.place.parentInvalid");
        }
        places.update(id, place, path);
        recent.forget(id);
        AfterCommit.run(() -> recent.forget(id));
        return places.find(id).orElseThrow(() -> new PlaceNotFound(id));
    }

    /** Registers many places at once (demo district, imports): validated, one batch, ids in order. */
    @Transactional
    public List<Long> registerAll(List<NewPlace> batch) {
        List<NodePath> paths = new ArrayList<>(batch.size());
        for (NewPlace place : batch) {
            paths.add(jurisdictions.pathOfGrid(place.nodeId()));
        }
        return places.insertAll(batch, paths);
    }

    private boolean mayRead(Caller caller, PlaceView place) {
        if (OWN_PLACE_ONLY.contains(caller.role())) {
            return caller.placeId() != null && caller.placeId() == place.id();
        }
        return caller.role() != Role.RESIDENT && caller.role() != Role.MACHINE && caller.covers(place.path());
    }
}
