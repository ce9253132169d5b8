package io.gridguard.quarantine.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.gridguard.healthcode.Symptom;
import io.gridguard.quarantine.CareNeed;
import io.gridguard.quarantine.HealthReports;
import io.gridguard.quarantine.NewOrder;
import io.gridguard.quarantine.OrderKind;
import io.gridguard.quarantine.OrderStatus;
import io.gridguard.quarantine.OrderView;
import io.gridguard.quarantine.QuarantineSettings;
import io.gridguard.quarantine.QuarantineSites;
import io.gridguard.quarantine.Quarantines;
import io.gridguard.quarantine.SiteView;
import io.gridguard.quarantine.TestOutcome;
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

/**
 * Quarantine pages: the orders and alerts of a scope, one order (reports, tests, room, release), the sites' capacity, a
 * site's rooms and daily work, the printable morning meeting, and the resident's own page for their twice-daily report.
 */
@Controller
class QuarantinePages {

    private final Quarantines quarantines;
    private final HealthReports reports;
    private final QuarantineSites sites;
    private final QuarantineSettings settings;
    private final ProblemRenderer messages;

    QuarantinePages(Quarantines quarantines, HealthReports reports, QuarantineSites sites, QuarantineSettings settings,
                    ProblemRenderer messages) {
        this.quarantines = quarantines;
        this.reports = reports;
        this.sites = sites;
        this.settings = settings;
        this.messages = messages;
    }

    @Bean
    static NavItem quarantineNav() {
        return new NavItem("nav.quarantine", "/quarantine", 4, Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
                Role.GRID_WORKER, Role.MEDICAL_STAFF, Role.SITE_STAFF));
    }

    @Bean
    static NavItem myQuarantineNav() {
        return new NavItem("nav.myQuarantine", "/me/quarantine", 4, Set.of(Role.RESIDENT));
    }

    @GetMapping("/quarantine")
    String list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) OrderKind kind,
                @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("orders", quarantines.page(caller, status == null ? OrderStatus.ACTIVE : status, kind, null, PageRequest.of(page, 50)));
        model.addAttribute("alerts", reports.alerts(caller));
        boolean sender = caller.hasRole(Role.DISTRICT_COMMAND, Role.STREET_STAFF);
        model.addAttribute("awaiting", sender ? quarantines.awaitingSite(caller) : List.of());
        model.addAttribute("sites", sender ? sites.capacity(caller) : List.of());
        model.addAttribute("opener", caller.hasRole(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.MEDICAL_STAFF));
        model.addAttribute("siteId", caller.role() == Role.SITE_STAFF ? caller.placeId() : null);
        model.addAttribute("status", status == null ? OrderStatus.ACTIVE : status);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", OrderKind.values());
        model.addAttribute("zone", settings.zone());
        return "quarantine/list";
    }

    @PostMapping("/quarantine/orders")
    String open(@RequestParam(required = false) Long personId, @RequestParam(required = false) OrderKind kind,
                @RequestParam(required = false) String reason, RedirectAttributes flash) {
        OrderView[] opened = new OrderView[1];
        if (FormErrors.attempt(flash, messages, "errors", () -> opened[0] = quarantines.open(Callers.require(),
                new NewOrder(personId, kind, null, null, null, reason)))) {
            return "redirect:/quarantine/orders/" + opened[0].id();
        }
        return "redirect:/quarantine";
    }

    @GetMapping("/quarantine/orders/{id}")
    String order(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        OrderView order = quarantines.open(caller, id);
        model.addAttribute("order", order);
        model.addAttribute("unmet", quarantines.unmet(caller, id).stream().map(u -> messages.message(u.messageKey(), u.args())).toList());
        model.addAttribute("alerts", reports.ofOrder(caller, id));
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("needs", CareNeed.values());
        model.addAttribute("reporter", caller.hasRole(Role.MEDICAL_STAFF, Role.SITE_STAFF));
        model.addAttribute("tester", caller.hasRole(Role.MEDICAL_STAFF, Role.SITE_STAFF, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
                Role.DISTRICT_COMMAND));
        model.addAttribute("releaser", caller.hasRole(Role.MEDICAL_STAFF, Role.SITE_STAFF, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
                Role.DISTRICT_COMMAND));
        model.addAttribute("overrider", caller.hasRole(Role.STREET_STAFF, Role.DISTRICT_COMMAND));
        boolean siteKeeper = order.siteId() != null && (caller.role() == Role.DISTRICT_COMMAND || order.siteId().equals(caller.placeId()));
        model.addAttribute("siteKeeper", siteKeeper);
        // a person in a room can be moved to another room of the site with a free bed
        model.addAttribute("otherRooms", siteKeeper && order.roomId() != null && order.status() == OrderStatus.ACTIVE
                ? sites.site(caller, order.siteId()).rooms().stream()
                        .filter(r -> r.id() != order.roomId() && r.status() != io.gridguard.quarantine.RoomStatus.CLEANING && r.free() > 0)
                        .toList()
                : List.of());
        model.addAttribute("today", quarantines.today());
        model.addAttribute("zone", settings.zone());
        return "quarantine/order";
    }

    @PostMapping("/quarantine/orders/{id}/reports")
    String report(@PathVariable long id, @RequestParam(required = false) BigDecimal temperature,
                  @RequestParam(required = false) List<String> symptoms, @RequestParam(required = false) String back, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> reports.report(Callers.require(), id, temperature, symptoms, null))) {
            flash.addFlashAttribute("done", messages.message("quarantine.reported"));
        }
        return "me".equals(back) ? "redirect:/me/quarantine" : "redirect:/quarantine/orders/" + id;
    }

    @PostMapping("/quarantine/orders/{id}/tests")
    String test(@PathVariable long id, @RequestParam(required = false) Integer day, @RequestParam(required = false) TestOutcome result,
                RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> quarantines.recordTest(Callers.require(), id, day, result))) {
            flash.addFlashAttribute("done", messages.message("quarantine.test.recorded"));
        }
        return "redirect:/quarantine/orders/" + id;
    }

    @PostMapping("/quarantine/orders/{id}/extend")
    String extend(@PathVariable long id, @RequestParam(required = false) Integer days, @RequestParam(required = false) String reason,
                  RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> quarantines.extend(Callers.require(), id, days, reason))) {
            flash.addFlashAttribute("done", messages.message("quarantine.extended"));
        }
        return "redirect:/quarantine/orders/" + id;
    }

    @PostMapping("/quarantine/orders/{id}/release")
    String release(@PathVariable long id, @RequestParam(required = false) boolean override, @RequestParam(required = false) String note,
                   RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> quarantines.release(Callers.require(), id, override, note))) {
            flash.addFlashAttribute("done", messages.message("quarantine.released"));
        }
        return "redirect:/quarantine/orders/" + id;
    }

    @PostMapping("/quarantine/orders/{id}/site")
    String sendToSite(@PathVariable long id, @RequestParam(required = false) Long siteId, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> quarantines.sendToSite(Callers.require(), id, siteId))) {
            flash.addFlashAttribute("done", messages.message("quarantine.sent"));
        }
        return "redirect:/quarantine";
    }

    @PostMapping("/quarantine/orders/{id}/room")
    String room(@PathVariable long id, @RequestParam(required = false) Long roomId, @RequestParam(required = false) Long siteId,
                RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> quarantines.assignRoom(Callers.require(), id, roomId))) {
            flash.addFlashAttribute("done", messages.message("quarantine.roomAssigned"));
        }
        return siteId == null ? "redirect:/quarantine/orders/" + id : "redirect:/quarantine/sites/" + siteId;
    }

    @PostMapping("/quarantine/orders/{id}/care")
    String care(@PathVariable long id, @RequestParam(required = false) CareNeed kind, @RequestParam(required = false) String note,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt,
                @RequestParam(required = false) boolean daily, RedirectAttributes flash) {
        Instant due = dueAt == null ? null : dueAt.atZone(settings.zone()).toInstant();
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.addCare(Callers.require(), id, kind, note, due, daily))) {
            flash.addFlashAttribute("done", messages.message("quarantine.care.added"));
        }
        return "redirect:/quarantine/orders/" + id;
    }

    @PostMapping("/quarantine/alerts/{id}/handled")
    String handled(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> reports.handle(Callers.require(), id, note))) {
            flash.addFlashAttribute("done", messages.message("quarantine.alert.handledDone"));
        }
        return "redirect:/quarantine";
    }

    @GetMapping("/quarantine/sites")
    String capacity(Model model) {
        model.addAttribute("sites", sites.capacity(Callers.require()));
        return "quarantine/sites";
    }

    @GetMapping("/quarantine/sites/{id}")
    String site(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        SiteView site = sites.site(caller, id);
        model.addAttribute("site", site);
        model.addAttribute("suggested", site.arrivals().stream().collect(java.util.stream.Collectors.toMap(a -> a.id(),
                a -> Quarantines.suggestRoom(a.householdId(), site.rooms()).map(SiteView.Room::id).orElse(-1L))));
        model.addAttribute("keeper", caller.role() == Role.DISTRICT_COMMAND || Long.valueOf(id).equals(caller.placeId()));
        model.addAttribute("alerts", caller.role() == Role.SITE_STAFF ? reports.alerts(caller) : List.of());
        model.addAttribute("zone", settings.zone());
        return "quarantine/site";
    }

    @PostMapping("/quarantine/sites/{id}/rooms")
    String addRoom(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam(required = false) Integer capacity,
                   RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.addRoom(Callers.require(), id, number, capacity))) {
            flash.addFlashAttribute("done", messages.message("quarantine.room.added"));
        }
        return "redirect:/quarantine/sites/" + id;
    }

    @PostMapping("/quarantine/sites/{id}/rooms/{room}/cleaned")
    String cleaned(@PathVariable long id, @PathVariable long room, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.roomCleaned(Callers.require(), room))) {
            flash.addFlashAttribute("done", messages.message("quarantine.room.cleanedDone"));
        }
        return "redirect:/quarantine/sites/" + id;
    }

    @PostMapping("/quarantine/sites/{id}/groups")
    String addGroup(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String leader,
                    @RequestParam(required = false) String phone, @RequestParam(required = false) String members,
                    @RequestParam(required = false) String duties, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.addGroup(Callers.require(), id, name, leader, phone, members, duties))) {
            flash.addFlashAttribute("done", messages.message("quarantine.group.added"));
        }
        return "redirect:/quarantine/sites/" + id;
    }

    @PostMapping("/quarantine/sites/{id}/disinfections")
    String disinfect(@PathVariable long id, @RequestParam(required = false) String area, @RequestParam(required = false) String note,
                     RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.disinfect(Callers.require(), id, area, note))) {
            flash.addFlashAttribute("done", messages.message("quarantine.disinfection.logged"));
        }
        return "redirect:/quarantine/sites/" + id;
    }

    @PostMapping("/quarantine/sites/{id}/care/{task}/done")
    String careDone(@PathVariable long id, @PathVariable long task, @RequestParam(required = false) String note, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.careDone(Callers.require(), task, note))) {
            flash.addFlashAttribute("done", messages.message("quarantine.care.doneDone"));
        }
        return "redirect:/quarantine/sites/" + id;
    }

    @GetMapping("/quarantine/sites/{id}/meeting")
    String meeting(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   Model model) {
        Caller caller = Callers.require();
        model.addAttribute("m", sites.meeting(caller, id, date == null ? sites.today() : date));
        model.addAttribute("keeper", caller.role() == Role.DISTRICT_COMMAND || Long.valueOf(id).equals(caller.placeId()));
        return "quarantine/meeting";
    }

    @PostMapping("/quarantine/sites/{id}/meeting")
    String saveNotes(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @RequestParam(required = false) String notes, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> sites.saveNotes(Callers.require(), id, date, notes))) {
            flash.addFlashAttribute("done", messages.message("quarantine.meeting.saved"));
        }
        return "redirect:/quarantine/sites/" + id + "/meeting?date=" + date;
    }

    @GetMapping("/me/quarantine")
    String mine(Model model) {
        Caller caller = Callers.require();
        var order = quarantines.mine(caller);
        model.addAttribute("order", order.orElse(null));
        model.addAttribute("reminders", order.map(o -> reports.ofOrder(caller, o.id()).stream()
                .filter(a -> a.kind() == io.gridguard.quarantine.AlertKind.REMINDER
                        && a.raisedAt().atZone(settings.zone()).toLocalDate().equals(quarantines.today()))
                .toList()).orElse(List.of()));
        model.addAttribute("symptoms", Symptom.values());
        model.addAttribute("zone", settings.zone());
        model.addAttribute("today", quarantines.today());
        return "quarantine/mine";
    }
}
