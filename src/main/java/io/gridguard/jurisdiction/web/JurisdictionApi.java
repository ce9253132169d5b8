package io.gridguard.jurisdiction.web;

import java.util.List;
import java.util.Set;

import io.gridguard.jurisdiction.DepartmentView;
import io.gridguard.jurisdiction.Departments;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.jurisdiction.TreeNode;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Jurisdiction", description = "The tree, checkpoints and departments the caller may see")
@RestController
@RequestMapping("/api/v1")
class JurisdictionApi {

    private static final Set<Role> NOT_STAFF = Set.of(Role.RESIDENT);

    private final Jurisdictions jurisdictions;
    private final Places places;
    private final Departments departments;

    JurisdictionApi(Jurisdictions jurisdictions, Places places, Departments departments) {
        this.jurisdictions = jurisdictions;
        this.places = places;
        this.departments = departments;
    }

    record CheckpointItem(long id, String name, String address, Double lat, Double lon, long gridId) {
    }

    @Operation(summary = "The jurisdiction tree limited to the caller's scope, with the path above it")
    @GetMapping("/jurisdiction")
    TreeNode tree() {
        Caller caller = staff();
        List<TreeNode> roots = jurisdictions.treeFor(caller);
        if (roots.isEmpty()) {
            throw new AccessDenied("error.access.scope");
        }
        return roots.getFirst();
    }

    @Operation(summary = "Checkpoints (卡口) in the caller's scope; an operator sees only their own")
    @GetMapping("/checkpoints")
    PageOf<CheckpointItem> checkpoints(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return places.page(staff(), null, null, PlaceKind.CHECKPOINT, PageRequest.of(page, size))
                .map(p -> new CheckpointItem(p.id(), p.name(), p.address(), p.lat(), p.lon(), p.nodeId()));
    }

    @Operation(summary = "Departments events are dispatched to")
    @GetMapping("/departments")
    PageOf<DepartmentView> departments() {
        staff();
        List<DepartmentView> all = departments.all();
        return new PageOf<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    private static Caller staff() {
        Caller caller = Callers.require();
        if (NOT_STAFF.contains(caller.role())) {
            throw new AccessDenied("error.access.role");
        }
        return caller;
    }
}
