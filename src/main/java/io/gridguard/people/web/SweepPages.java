package io.gridguard.people.web;

import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.people.Sweeps;
import io.gridguard.people.VisitOutcome;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sweeps: start one for a community, record household visits (htmx, one row at a time), see progress. */
@Controller
class SweepPages {

    private final Sweeps sweeps;
    private final Jurisdictions jurisdictions;

    SweepPages(Sweeps sweeps, Jurisdictions jurisdictions) {
        this.sweeps = sweeps;
        this.jurisdictions = jurisdictions;
    }

    @Bean
    static NavItem sweepNav() {
        return new NavItem("nav.sweeps", "/sweeps", 35,
                Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER));
    }

    @GetMapping("/sweeps")
    String list(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("sweeps", sweeps.list(caller));
        model.addAttribute("communities", jurisdictions.visibleAt(caller, NodeLevel.COMMUNITY));
        model.addAttribute("mayStart", caller.hasRole(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
        model.addAttribute("gridNames", new GridNames(jurisdictions));
        return "people/sweeps";
    }

    @PostMapping("/sweeps")
    String start(@RequestParam(required = false) Long communityId, @RequestParam(required = false) String name,
                 RedirectAttributes flash) {
        try {
            return "redirect:/sweeps/" + sweeps.start(Callers.require(), communityId, name).id();
        } catch (Problem.Invalid invalid) {
            flash.addFlashAttribute("errorKey", invalid.fieldErrors().getFirst().messageKey());
            return "redirect:/sweeps";
        }
    }

    @GetMapping("/sweeps/{id}")
    String sweep(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("sweep", sweeps.sweep(caller, id));
        model.addAttribute("households", sweeps.households(caller, id, PageRequest.of(page, 30)));
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("gridNames", new GridNames(jurisdictions));
        model.addAttribute("mayClose", caller.hasRole(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
        return "people/sweep";
    }

    @PostMapping("/sweeps/{id}/visits")
    String visit(@PathVariable long id, @RequestParam long householdId, @RequestParam(required = false) VisitOutcome outcome,
                 @RequestParam(required = false) String note,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Caller caller = Callers.require();
        sweeps.visit(caller, id, householdId, outcome, note);
        if (htmx == null) {
            return "redirect:/sweeps/" + id;
        }
        model.addAttribute("sweep", sweeps.sweep(caller, id));
        model.addAttribute("h", sweeps.visitOf(caller, id, householdId));
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("gridNames", new GridNames(jurisdictions));
        return "people/partials/household :: household";
    }

    @PostMapping("/sweeps/{id}/close")
    String close(@PathVariable long id) {
        sweeps.close(Callers.require(), id);
        return "redirect:/sweeps/" + id;
    }
}
