package io.gridguard.care.web;

import java.time.LocalDate;
import java.util.Set;

import io.gridguard.care.Care;
import io.gridguard.care.CareSettings;
import io.gridguard.care.NeedKind;
import io.gridguard.care.NewNeed;
import io.gridguard.care.TaskAction;
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

/** The social worker's phone page (households by building with their needs), the statistics, and the resident's needs page. */
@Controller
class CarePages {

    private final Care care;
    private final CareSettings settings;
    private final ProblemRenderer messages;

    CarePages(Care care, CareSettings settings, ProblemRenderer messages) {
        this.care = care;
        this.settings = settings;
        this.messages = messages;
    }

    @Bean
    static NavItem careNav() {
        return new NavItem("nav.care", "/care", 5, Set.of(Role.SOCIAL_WORKER, Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
                Role.DISTRICT_COMMAND));
    }

    @Bean
    static NavItem myNeedsNav() {
        return new NavItem("nav.myNeeds", "/care/me", 5, Set.of(Role.RESIDENT));
    }

    @GetMapping("/care")
    String households(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("buildings", care.households(caller));
        model.addAttribute("figures", care.figures(caller, care.today(), care.today(), Care.By.TYPE));
        model.addAttribute("social", caller.role() == Role.SOCIAL_WORKER);
        model.addAttribute("me", caller.username());
        model.addAttribute("kinds", NeedKind.values());
        model.addAttribute("zone", settings.zone());
        return "care/households";
    }

    @PostMapping("/care/needs")
    String request(@RequestParam(required = false) NeedKind kind, @RequestParam(required = false) String note,
                   @RequestParam(required = false) Long householdId, RedirectAttributes flash) {
        Caller caller = Callers.require();
        if (FormErrors.attempt(flash, messages, "errors", () -> care.request(caller, new NewNeed(kind, note, householdId)))) {
            flash.addFlashAttribute("done", messages.message("care.requested"));
        }
        return caller.role() == Role.RESIDENT ? "redirect:/care/me" : "redirect:/care";
    }

    @PostMapping("/care/tasks/{id}/actions")
    String act(@PathVariable long id, @RequestParam(required = false) TaskAction action, @RequestParam(required = false) String note,
               RedirectAttributes flash) {
        Caller caller = Callers.require();
        if (FormErrors.attempt(flash, messages, "errors", () -> care.act(caller, id, action, note))) {
            flash.addFlashAttribute("done", messages.message("care.acted"));
        }
        return caller.role() == Role.RESIDENT ? "redirect:/care/me" : "redirect:/care#task-" + id;
    }

    @GetMapping("/care/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Care.By by, Model model) {
        LocalDate today = care.today();
        model.addAttribute("f", care.figures(Callers.require(), from == null ? today.minusDays(6) : from, to == null ? today : to, by));
        model.addAttribute("groupings", Care.By.values());
        return "care/figures";
    }

    @GetMapping("/care/me")
    String mine(Model model) {
        model.addAttribute("tasks", care.page(Callers.require(), null, new PageRequest(0, 50)).items());
        model.addAttribute("kinds", NeedKind.values());
        model.addAttribute("zone", settings.zone());
        return "care/mine";
    }
}
