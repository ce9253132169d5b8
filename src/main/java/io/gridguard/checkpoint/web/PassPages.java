package io.gridguard.checkpoint.web;

import java.time.LocalDate;
import java.util.Set;

import io.gridguard.checkpoint.Passes;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Household passes (on the household's page), a gate's rules, and an enterprise site's roster. */
@Controller
class PassPages {

    private final Passes passes;
    private final Places places;
    private final People people;
    private final ProblemRenderer messages;

    PassPages(Passes passes, Places places, People people, ProblemRenderer messages) {
        this.passes = passes;
        this.places = places;
        this.people = people;
        this.messages = messages;
    }

    @Bean
    static NavItem rosterNav() {
        return new NavItem("nav.roster", "/roster", 5, Set.of(Role.ENTERPRISE_CONTACT));
    }

    @GetMapping("/passes")
    String passes(@RequestParam long household, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("household", places.requireVisible(caller, household));
        model.addAttribute("members", people.household(caller, household));
        model.addAttribute("passes", passes.ofHousehold(caller, household));
        model.addAttribute("today", passes.today());
        return "checkpoint/passes";
    }

    @PostMapping("/passes")
    String issue(@RequestParam long household, @RequestParam(required = false) Long holderId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                 RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> passes.issue(Callers.require(), new Passes.NewPass(household, holderId, validFrom, validTo)))) {
            flash.addFlashAttribute("done", messages.message("pass.issued"));
        }
        return "redirect:/passes?household=" + household;
    }

    @PostMapping("/passes/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long household) {
        passes.revoke(Callers.require(), id);
        return "redirect:/passes?household=" + household;
    }

    @GetMapping("/checkpoints/{id}/rules")
    String rules(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("checkpoint", places.requireVisible(caller, id));
        model.addAttribute("rule", passes.rule(caller, id));
        model.addAttribute("sites", places.page(caller, null, null, PlaceKind.ENTERPRISE_SITE, new PageRequest(0, 200)).items());
        return "checkpoint/rules";
    }

    @PostMapping("/checkpoints/{id}/rules")
    String saveRules(@PathVariable long id, @RequestParam(required = false) Integer householdExits,
                     @RequestParam(required = false) Integer everyDays, @RequestParam(required = false) Long rosterSiteId,
                     RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> passes.setRule(Callers.require(), id, new Passes.GateRule(householdExits, everyDays, rosterSiteId)))) {
            flash.addFlashAttribute("done", messages.message("rules.saved"));
        }
        return "redirect:/checkpoints/" + id + "/rules";
    }

    @GetMapping("/roster")
    String ownRoster() {
        Caller caller = Callers.require();
        if (caller.placeId() == null) {
            throw new AccessDenied("error.access.role");
        }
        return "redirect:/jurisdiction/places/" + caller.placeId() + "/roster";
    }

    @GetMapping("/jurisdiction/places/{id}/roster")
    String roster(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("roster", passes.roster(caller, id, PageRequest.of(page, 50)));
        model.addAttribute("site", places.requireVisible(caller, id));
        return "checkpoint/roster";
    }

    @PostMapping("/jurisdiction/places/{id}/roster")
    String addToRoster(@PathVariable long id, @RequestParam(required = false) String idNumber, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> passes.addToRoster(Callers.require(), id, idNumber))) {
            flash.addFlashAttribute("done", messages.message("roster.added"));
        }
        return "redirect:/jurisdiction/places/" + id + "/roster";
    }

    @PostMapping("/jurisdiction/places/{id}/roster/{personId}/remove")
    String removeFromRoster(@PathVariable long id, @PathVariable long personId) {
        passes.removeFromRoster(Callers.require(), id, personId);
        return "redirect:/jurisdiction/places/" + id + "/roster";
    }
}
