package io.gridguard.jurisdiction.web;

import java.util.Arrays;
import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing the tree and its places, adding and editing places. */
@Controller
class JurisdictionPages {

    private static final Set<Role> BROWSERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
            Role.GRID_WORKER, Role.DEPARTMENT_HANDLER, Role.MEDICAL_STAFF, Role.COUNSELOR, Role.SOCIAL_WORKER);

    private final Jurisdictions jurisdictions;
    private final Places places;

    JurisdictionPages(Jurisdictions jurisdictions, Places places) {
        this.jurisdictions = jurisdictions;
        this.places = places;
    }

    @Bean
    static NavItem jurisdictionNav() {
        return new NavItem("nav.jurisdiction", "/jurisdiction", 20, BROWSERS);
    }

    @GetMapping("/jurisdiction")
    String top() {
        Caller caller = Callers.require().require(BROWSERS);
        return "redirect:/jurisdiction/nodes/" + caller.nodes().getFirst().id();
    }

    @GetMapping("/jurisdiction/nodes/{id}")
    String node(@PathVariable long id, @RequestParam(required = false) PlaceKind kind,
                @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require().require(BROWSERS);
        NodeView node = jurisdictions.requireVisible(caller, id);
        model.addAttribute("node", node);
        model.addAttribute("path", jurisdictions.pathTo(id));
        model.addAttribute("children", jurisdictions.children(id));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", Arrays.stream(PlaceKind.values()).filter(k -> k != PlaceKind.HOUSEHOLD && k != PlaceKind.BUILDING).toList());
        model.addAttribute("places", places.page(caller, id, null, kind, PageRequest.of(page, 20)));
        model.addAttribute("mayEdit", places.mayEdit(caller) && node.level() == NodeLevel.GRID);
        return "jurisdiction/node";
    }

    @GetMapping("/jurisdiction/places/{id}")
    String place(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require().require(BROWSERS);
        PlaceView place = places.requireVisible(caller, id);
        model.addAttribute("place", place);
        model.addAttribute("path", jurisdictions.pathTo(place.nodeId()));
        model.addAttribute("parent", place.parentPlaceId() == null ? null : places.find(place.parentPlaceId()).orElse(null));
        model.addAttribute("children", places.page(caller, null, id, null, PageRequest.of(page, 50)));
        model.addAttribute("childKind", place.kind() == PlaceKind.COMPOUND || place.kind() == PlaceKind.ENTERPRISE_SITE
                ? PlaceKind.BUILDING : PlaceKind.HOUSEHOLD);
        model.addAttribute("mayEdit", places.mayEdit(caller));
        return "jurisdiction/place";
    }

    @GetMapping("/jurisdiction/places/new")
    String newPlace(@RequestParam long nodeId, @RequestParam(required = false) Long parentPlaceId,
                    @RequestParam(required = false) PlaceKind kind, Model model) {
        Caller caller = Callers.require();
        jurisdictions.requireVisible(caller, nodeId);
        var form = new PlaceForm();
        form.setNodeId(nodeId);
        form.setParentPlaceId(parentPlaceId);
        form.setKind(kind);
        return form(model, form, null);
    }

    @PostMapping("/jurisdiction/places")
    String create(@ModelAttribute("form") PlaceForm form, BindingResult binding, Model model) {
        return FormErrors.submit(binding, null,
                () -> "redirect:/jurisdiction/places/" + places.register(Callers.require(), form.toNewPlace()).id(),
                () -> form(model, form, null));
    }

    @GetMapping("/jurisdiction/places/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, PlaceForm.of(places.requireVisible(Callers.require(), id)), id);
    }

    @PostMapping("/jurisdiction/places/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PlaceForm form, BindingResult binding, Model model) {
        return FormErrors.submit(binding, null,
                () -> "redirect:/jurisdiction/places/" + places.update(Callers.require(), id, form.toNewPlace()).id(),
                () -> form(model, form, id));
    }

    private String form(Model model, PlaceForm form, Long id) {
        Caller caller = Callers.require();
        caller.require(Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
        model.addAttribute("form", form);
        model.addAttribute("placeId", id);
        model.addAttribute("kinds", PlaceKind.values());
        model.addAttribute("grids", jurisdictions.visibleAt(caller, NodeLevel.GRID));
        return "jurisdiction/place-form";
    }
}
