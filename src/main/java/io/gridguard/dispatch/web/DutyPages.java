package io.gridguard.dispatch.web;

import java.time.LocalDate;
import java.util.Set;

import io.gridguard.dispatch.Duty;
import io.gridguard.dispatch.NewVisit;
import io.gridguard.dispatch.VisitKind;
import io.gridguard.dispatch.VisitOutcome;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grid worker's duty page (visits, location shared while it is open) and the track of a day on the map. */
@Controller
class DutyPages {

    private final Duty duty;
    private final Jurisdictions jurisdictions;
    private final ProblemRenderer messages;
    private final GridOutlines outlines;

    DutyPages(Duty duty, Jurisdictions jurisdictions, ProblemRenderer messages, GridOutlines outlines) {
        this.outlines = outlines;
        this.duty = duty;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @Bean
    static NavItem dutyNav() {
        return new NavItem("nav.duty", "/duty", 2, Set.of(Role.GRID_WORKER));
    }

    @GetMapping("/duty")
    String page(Model model) {
        Caller caller = Callers.require().require(Set.of(Role.GRID_WORKER));
        model.addAttribute("track", duty.track(caller, caller.username(), duty.today()));
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("outcomes", VisitOutcome.values());
        return "dispatch/duty";
    }

    @PostMapping("/duty/visits")
    String visit(@RequestParam(required = false) VisitKind kind, @RequestParam(required = false) Long placeId,
                 @RequestParam(required = false) Long personId, @RequestParam(required = false) VisitOutcome outcome,
                 @RequestParam(required = false) String note, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> duty.visit(Callers.require(), new NewVisit(kind, placeId, personId, outcome, note)))) {
            flash.addFlashAttribute("done", messages.message("visit.recorded"));
        }
        return "redirect:/duty";
    }

    /** The duty page's script posts the phone's position here (same body as the API). */
    @PostMapping("/duty/positions")
    ResponseEntity<Void> position(@RequestBody DutyApi.Position position) {
        duty.position(Callers.require(), position.lat(), position.lon(), position.accuracy(), position.at());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/duty/track")
    String track(@RequestParam(required = false) String worker,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        Caller caller = Callers.require();
        String who = worker == null || worker.isBlank() ? caller.username() : worker.strip();
        var track = duty.track(caller, who, date == null ? duty.today() : date);
        model.addAttribute("track", track);
        // the map draws the grids' boundaries under the track: no tiles are fetched from the internet
        model.addAttribute("mapData", outlines.json(java.util.Map.of("points", track.points(), "visits", track.visits(),
                "grids", outlines.of(caller))));
        return "dispatch/track";
    }
}
