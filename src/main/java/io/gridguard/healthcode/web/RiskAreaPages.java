package io.gridguard.healthcode.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.healthcode.RiskArea;
import io.gridguard.healthcode.RiskAreas;
import io.gridguard.shared.Callers;
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

/** The risk-area list (district command keeps it) and the resident's arrival declaration. */
@Controller
class RiskAreaPages {

    private final RiskAreas areas;
    private final ProblemRenderer messages;
    private final Clock clock;
    private final HealthCodeSettings settings;

    RiskAreaPages(RiskAreas areas, ProblemRenderer messages, Clock clock, HealthCodeSettings settings) {
        this.areas = areas;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
    }

    @Bean
    static NavItem riskAreaNav() {
        return new NavItem("nav.riskAreas", "/health-code/risk-areas", 33,
                Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER));
    }

    @GetMapping("/health-code/risk-areas")
    String list(Model model) {
        model.addAttribute("areas", areas.all());
        model.addAttribute("today", today());
        model.addAttribute("levels", RiskArea.Level.values());
        model.addAttribute("mayKeep", Callers.require().hasRole(Role.DISTRICT_COMMAND));
        return "healthcode/risk-areas";
    }

    @PostMapping("/health-code/risk-areas")
    String add(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String name,
               @RequestParam(required = false) RiskArea.Level level,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
               RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "errors",
                () -> areas.add(Callers.require(), new RiskAreas.NewRiskArea(regionCode, name, level, validFrom, validTo)));
        return "redirect:/health-code/risk-areas";
    }

    @PostMapping("/health-code/risk-areas/{id}/end")
    String end(@PathVariable long id) {
        areas.end(Callers.require(), id, today());
        return "redirect:/health-code/risk-areas";
    }

    @PostMapping("/resident/arrival")
    String declare(@RequestParam(required = false) String regionCode,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivedOn,
                   RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "arrivalErrors", () -> {
            var outcome = areas.declare(Callers.require(), new RiskAreas.Arrival(null, regionCode, arrivedOn), today());
            flash.addFlashAttribute("arrivalMatched", outcome.matched() == null ? null : outcome.matched().name());
            flash.addFlashAttribute("arrivalDeclared", true);
        });
        return "redirect:/resident/code";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
