package io.gridguard.volunteer.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.volunteer.Enrolment;
import io.gridguard.volunteer.NewShift;
import io.gridguard.volunteer.NewTeam;
import io.gridguard.volunteer.Shift;
import io.gridguard.volunteer.Team;
import io.gridguard.volunteer.Volunteer;
import io.gridguard.volunteer.VolunteerSettings;
import io.gridguard.volunteer.VolunteerStatus;
import io.gridguard.volunteer.Volunteers;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff's volunteer page (teams, applications, shifts), who is on duty, the figures per team, and the resident's own page. */
@Controller
class VolunteerPages {

    /** Places a shift is offered at on the form: where volunteers stand in the seeds (gates, test sites, compounds). */
    private static final List<PlaceKind> POSTS = List.of(PlaceKind.CHECKPOINT, PlaceKind.TEST_SITE, PlaceKind.COMPOUND,
            PlaceKind.RENTAL_APARTMENT, PlaceKind.QUARANTINE_SITE);

    private final Volunteers volunteers;
    private final VolunteerSettings settings;
    private final Jurisdictions jurisdictions;
    private final Places places;
    private final ProblemRenderer messages;
    private final Clock clock;

    VolunteerPages(Volunteers volunteers, VolunteerSettings settings, Jurisdictions jurisdictions, Places places, ProblemRenderer messages,
                   Clock clock) {
        this.volunteers = volunteers;
        this.settings = settings;
        this.jurisdictions = jurisdictions;
        this.places = places;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavItem volunteersNav() {
        return new NavItem("nav.volunteers", "/volunteers", 5, Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND));
    }

    @Bean
    static NavItem myVolunteeringNav() {
        return new NavItem("nav.myVolunteering", "/me/volunteer", 5, Set.of(Role.RESIDENT));
    }

    @Bean
    static NavItem gateVolunteersNav() {
        return new NavItem("nav.gateVolunteers", "/volunteers/gate", 2, Set.of(Role.CHECKPOINT_OPERATOR));
    }

    /** A checkpoint operator's phone page: the shifts at their gate from two hours ago to a day ahead, to check volunteers in and out. */
    @GetMapping("/volunteers/gate")
    String gate(Model model) {
        Caller caller = Callers.require();
        if (caller.role() != Role.CHECKPOINT_OPERATOR) {
            throw new AccessDenied("error.access.role");
        }
        Instant now = Instant.now(clock);
        model.addAttribute("shifts", volunteers.shifts(caller, now.minus(settings.closeAfter()), now.plus(Duration.ofDays(1))));
        model.addAttribute("zone", settings.zone());
        return "volunteer/gate";
    }

    @GetMapping("/volunteers")
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        Caller caller = Callers.require();
        LocalDate shown = day == null ? volunteers.today() : day;
        Instant from = shown.atStartOfDay(settings.zone()).toInstant();
        List<Team> teams = volunteers.teams(caller);
        List<Shift> shifts = volunteers.shifts(caller, from, from.plus(Duration.ofDays(1)));
        Map<Long, List<Volunteer>> active = new HashMap<>();
        for (Shift shift : shifts) {
            active.computeIfAbsent(shift.teamId(), team -> volunteers.members(caller, team, VolunteerStatus.ACTIVE, new PageRequest(0, 200)).items());
        }
        List<PlaceView> posts = new ArrayList<>();
        for (PlaceKind kind : POSTS) {
            posts.addAll(places.page(caller, null, null, kind, new PageRequest(0, 200)).items());
        }
        model.addAttribute("teams", teams);
        model.addAttribute("communities", jurisdictions.visibleAt(caller, NodeLevel.COMMUNITY));
        model.addAttribute("applications", volunteers.members(caller, null, VolunteerStatus.APPLIED, new PageRequest(0, 200)).items());
        model.addAttribute("members", volunteers.members(caller, null, VolunteerStatus.ACTIVE, new PageRequest(0, 200)));
        model.addAttribute("shifts", shifts);
        model.addAttribute("activeByTeam", active);
        model.addAttribute("posts", posts);
        model.addAttribute("day", shown);
        model.addAttribute("onDuty", volunteers.onDuty(caller, null).size());
        model.addAttribute("zone", settings.zone());
        return "volunteer/volunteers";
    }

    @PostMapping("/volunteers/teams")
    String createTeam(@RequestParam(required = false) String name, @RequestParam(required = false) Long communityId, RedirectAttributes flash) {
        return after(flash, "volunteer.team.created", () -> volunteers.createTeam(Callers.require(), new NewTeam(name, communityId)), "/volunteers");
    }

    @PostMapping("/volunteers/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean approve, @RequestParam(required = false) String reason,
                  RedirectAttributes flash) {
        return after(flash, "volunteer.decided.done", () -> volunteers.decide(Callers.require(), id, approve, reason), "/volunteers");
    }

    @PostMapping("/volunteers/{id}/hours")
    String correct(@PathVariable long id, @RequestParam(required = false) Integer minutes, @RequestParam(required = false) String note,
                   RedirectAttributes flash) {
        return after(flash, "volunteer.hours.done", () -> volunteers.correctHours(Callers.require(), id, minutes, note), "/volunteers");
    }

    @PostMapping("/volunteers/shifts")
    String publish(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long placeId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
                   @RequestParam(required = false) Integer hours, @RequestParam(required = false) Integer slots, RedirectAttributes flash) {
        Instant startsAt = date == null || start == null ? null : date.atTime(start).atZone(settings.zone()).toInstant();
        Instant endsAt = startsAt == null || hours == null ? null : startsAt.plus(Duration.ofHours(hours));
        return after(flash, "volunteer.shift.published", () -> volunteers.publish(Callers.require(),
                new NewShift(teamId, placeId, startsAt, endsAt, slots)), "/volunteers" + (date == null ? "" : "?day=" + date));
    }

    @PostMapping("/volunteers/shifts/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) Long volunteerId,
                @RequestParam(required = false) String back, RedirectAttributes flash) {
        Caller caller = Callers.require();
        Runnable action = switch (step) {
            case "take" -> () -> volunteers.take(caller, id, volunteerId);
            case "release" -> () -> volunteers.release(caller, id, volunteerId);
            case "check-in" -> () -> volunteers.checkIn(caller, id, volunteerId);
            case "check-out" -> () -> volunteers.checkOut(caller, id, volunteerId);
            default -> throw new Problem.NotFound("volunteer.shift.notFound", id);
        };
        String page = switch (caller.role()) {
            case RESIDENT -> "/me/volunteer";
            case CHECKPOINT_OPERATOR -> "/volunteers/gate";
            default -> "/volunteers" + (back != null && back.matches("\\d{4}-\\d{2}-\\d{2}") ? "?day=" + back : "");
        };
        return after(flash, "volunteer.step." + step, action, page + "#shift-" + id);
    }

    @GetMapping("/volunteers/on-duty")
    String onDuty(@RequestParam(required = false) Long nodeId, Model model) {
        model.addAttribute("onDuty", volunteers.onDuty(Callers.require(), nodeId));
        model.addAttribute("zone", settings.zone());
        return "volunteer/on-duty";
    }

    @GetMapping("/volunteers/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = volunteers.today();
        model.addAttribute("f", volunteers.figures(Callers.require(), from == null ? today.minusDays(6) : from, to == null ? today : to));
        return "volunteer/figures";
    }

    @GetMapping("/me/volunteer")
    String mine(Model model) {
        model.addAttribute("me", volunteers.mine(Callers.require()));
        model.addAttribute("zone", settings.zone());
        return "volunteer/mine";
    }

    @PostMapping("/me/volunteer")
    String apply(@RequestParam(required = false) Long teamId, @RequestParam(required = false) String skills, RedirectAttributes flash) {
        return after(flash, "volunteer.applied", () -> volunteers.enrol(Callers.require(), new Enrolment(teamId, null, skills)), "/me/volunteer");
    }

    private String after(RedirectAttributes flash, String doneKey, Runnable action, String page) {
        if (FormErrors.attempt(flash, messages, "errors", action)) {
            flash.addFlashAttribute("done", messages.message(doneKey));
        }
        return "redirect:" + page;
    }
}
