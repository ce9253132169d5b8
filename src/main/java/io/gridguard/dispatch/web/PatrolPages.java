package io.gridguard.dispatch.web;

import java.util.Arrays;
import java.util.List;

import io.gridguard.dispatch.PatrolMethod;
import io.gridguard.dispatch.Patrols;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Today's patrol: the spots with their checklist (grid workers tick what failed), new spots for staff, the day's figures. */
@Controller
class PatrolPages {

    private final Patrols patrols;
    private final ProblemRenderer messages;
    private final io.gridguard.dispatch.DispatchSettings settings;

    PatrolPages(Patrols patrols, ProblemRenderer messages, io.gridguard.dispatch.DispatchSettings settings) {
        this.settings = settings;
        this.patrols = patrols;
        this.messages = messages;
    }

    @Bean
    static NavItem patrolNav() {
        return new NavItem("nav.patrols", "/patrols", 3, java.util.Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
                Role.DISTRICT_COMMAND));
    }

    @GetMapping("/patrols")
    String page(@RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("spots", patrols.spots(caller, patrols.today(), PageRequest.of(page, 50)));
        model.addAttribute("figures", patrols.figures(caller, patrols.today()));
        model.addAttribute("worker", caller.role() == Role.GRID_WORKER);
        model.addAttribute("keeper", caller.role() != Role.GRID_WORKER);
        model.addAttribute("zone", settings.zone());
        return "dispatch/patrols";
    }

    @PostMapping("/patrols/spots")
    String add(@RequestParam(required = false) Long placeId, @RequestParam(required = false) String name,
               @RequestParam(required = false) String checklist, RedirectAttributes flash) {
        List<String> items = checklist == null ? List.of() : Arrays.asList(checklist.split("\\R"));
        if (FormErrors.attempt(flash, messages, "errors", () -> patrols.addSpot(Callers.require(), placeId, name, items))) {
            flash.addFlashAttribute("done", messages.message("patrol.spot.added"));
        }
        return "redirect:/patrols";
    }

    @PostMapping("/patrols/spots/{id}/checks")
    String check(@PathVariable long id, @RequestParam(required = false) PatrolMethod method,
                 @RequestParam(required = false) List<String> failed, @RequestParam(required = false) String note, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> patrols.check(Callers.require(), id, method, failed, note))) {
            flash.addFlashAttribute("done", messages.message(failed == null || failed.isEmpty() ? "patrol.checked" : "patrol.hazard"));
        }
        return "redirect:/patrols#spot-" + id;
    }
}
