package io.gridguard.healthcode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import org.springframework.stereotype.Service;

/**
 * The people behind the cockpit's codes figure: who holds a red or a yellow code in the caller's scope, named masked,
 * with the reasons. Everyone else is green, so green has no list.
 */
@Service
public class CodeLists {

    static final Set<Role> VIEWERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER);

    private final HealthCodes codes;
    private final People people;
    private final Jurisdictions jurisdictions;

    CodeLists(HealthCodes codes, People people, Jurisdictions jurisdictions) {
        this.codes = codes;
        this.people = people;
        this.jurisdictions = jurisdictions;
    }

    public record Holder(long personId, String maskedName, String maskedIdNumber, Colour colour, List<FactKind> reasons, Instant since) {
    }

    /** A page of the holders of a red or yellow code under the caller's nodes (or {@code nodeId} inside them), latest first. */
    public PageOf<Holder> ofColour(Caller caller, Long nodeId, Colour colour, int page, int size) {
        caller.require(VIEWERS);
        if (colour == null || colour == Colour.GREEN) {
            throw new Problem.Invalid("colour", "healthcode.list.colour.invalid");
        }
        List<ScopeNode> scope = jurisdictions.scopeOf(caller, nodeId);
        // Latest first: command looks here for who has just turned red, and a long list must not push them to its last page.
        List<Long> ids = codes.notGreen().get(colour);
        Map<Long, NodePath> paths = people.pathsOf(ids);
        List<Long> inScope = ids.stream().filter(id -> paths.containsKey(id)
                && io.gridguard.shared.ScopeNode.anyCovers(scope, paths.get(id))).toList();
        int from = Math.min(inScope.size(), Math.max(0, page) * size);
        List<Holder> holders = inScope.subList(from, Math.min(inScope.size(), from + size)).stream().map(id -> {
            HealthCodeView code = codes.current(id);
            PersonRef who = people.ref(id).orElse(new PersonRef(id, "—", "—", paths.get(id)));
            return new Holder(id, who.maskedName(), who.maskedIdNumber(), code.colour(), code.reasons(), code.since());
        }).toList();
        return new PageOf<>(holders, Math.max(0, page), size, inScope.size());
    }
}
