package io.gridguard.cockpit.web;

import java.util.Set;

import io.gridguard.cockpit.Headlines;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cockpit in three views of the same figures: a desktop page, a dark wall screen (1920×1080, large figures, refreshing
 * itself) and a phone page. Each figure links to the list behind it, within the caller's scope.
 */
@Controller
class CockpitPages {

    enum View { DESKTOP, WALL, PHONE }

    private final Headlines headlines;
    private final io.gridguard.dispatch.DispatchSettings settings;
    private final io.gridguard.cockpit.DailyReports daily;
    private final io.gridguard.shared.web.ProblemRenderer messages;

    CockpitPages(Headlines headlines, io.gridguard.dispatch.DispatchSettings settings, io.gridguard.cockpit.DailyReports daily,
                 io.gridguard.shared.web.ProblemRenderer messages) {
        this.headlines = headlines;
        this.settings = settings;
        this.daily = daily;
        this.messages = messages;
    }

    /** The printable daily report; a past day's as it was kept. */
    @GetMapping("/cockpit/daily")
    String daily(@RequestParam(required = false) Long nodeId,
                 @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                         iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date, Model model) {
        model.addAttribute("r", daily.report(Callers.require(), nodeId, date));
        model.addAttribute("origins", io.gridguard.tracing.TracingFigures.Origin.values());
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("zone", settings.zone());
        return "cockpit/daily";
    }

    @GetMapping("/cockpit/daily.xlsx")
    org.springframework.http.ResponseEntity<byte[]> dailyWorkbook(@RequestParam(required = false) Long nodeId,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date) {
        return CockpitApi.xlsx(daily, messages, daily.report(Callers.require(), nodeId, date));
    }

    @Bean
    static NavItem cockpitNav() {
        return new NavItem("nav.cockpit", "/cockpit", 1, Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
                Role.GRID_WORKER));
    }

    @GetMapping("/cockpit")
    String cockpit(@RequestParam(required = false) View view, @RequestParam(required = false) Long nodeId, Model model) {
        figures(nodeId, model);
        model.addAttribute("view", view == null ? View.DESKTOP : view);
        return "cockpit/cockpit";
    }

    /** The figures alone, which the wall screen fetches every half minute (htmx). */
    @GetMapping("/cockpit/figures")
    String figures(@RequestParam(required = false) Long nodeId, Model model) {
        model.addAttribute("s", headlines.summary(Callers.require(), nodeId));
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("zone", settings.zone());
        return "cockpit/cockpit :: figures";
    }
}
