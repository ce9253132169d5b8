package io.gridguard.healthcode.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gridguard.healthcode.NewRecheck;
import io.gridguard.healthcode.RecheckDecision;
import io.gridguard.healthcode.RecheckView;
import io.gridguard.healthcode.Rechecks;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.FormErrors;
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

/** The resident's re-check form (under their code) and the community clerk's queue. */
@Controller
class RecheckPages {

    private final Rechecks rechecks;
    private final ProblemRenderer messages;

    RecheckPages(Rechecks rechecks, ProblemRenderer messages) {
        this.rechecks = rechecks;
        this.messages = messages;
    }

    @Bean
    static NavItem recheckNav() {
        return new NavItem("nav.rechecks", "/health-code/rechecks", 32,
                Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
    }

    @PostMapping("/resident/recheck")
    String submit(@RequestParam(required = false) String statement,
                  @RequestParam(name = "place", required = false) List<String> places,
                  @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> from,
                  @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> to,
                  RedirectAttributes flash) {
        List<RecheckView.Stop> stops = new ArrayList<>();
        int rows = places == null ? 0 : places.size();
        for (int i = 0; i < rows; i++) {
            stops.add(new RecheckView.Stop(places.get(i), at(from, i), at(to, i)));
        }
        if (FormErrors.attempt(flash, messages, "recheckErrors", () -> rechecks.submit(Callers.require(), new NewRecheck(null, statement, stops)))) {
            flash.addFlashAttribute("recheckSent", true);
        } else {
            flash.addFlashAttribute("statement", statement);
        }
        return "redirect:/resident/code";
    }

    @GetMapping("/health-code/rechecks")
    String queue(@RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("result", rechecks.pending(caller, PageRequest.of(page, 20)));
        model.addAttribute("averageMinutes", rechecks.averageDecisionTime(caller).map(d -> Math.max(1, d.toMinutes())).orElse(null));
        return "healthcode/rechecks";
    }

    @PostMapping("/health-code/rechecks/{id}/decision")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String reason,
                  RedirectAttributes flash) {
        try {
            RecheckView decided = rechecks.decide(Callers.require(), id, new RecheckDecision(approve, reason));
            flash.addFlashAttribute("messageKey", "recheck.status." + decided.status());
        } catch (Problem.Invalid invalid) {
            flash.addFlashAttribute("errorKey", invalid.fieldErrors().getFirst().messageKey());
        } catch (Problem.Conflict conflict) {
            flash.addFlashAttribute("errorKey", conflict.messageKey());
        }
        return "redirect:/health-code/rechecks";
    }

    private static LocalDate at(List<LocalDate> dates, int i) {
        return dates != null && i < dates.size() ? dates.get(i) : null;
    }
}
