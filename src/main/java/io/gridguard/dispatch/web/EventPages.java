package io.gridguard.dispatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gridguard.dispatch.EventAction;
import io.gridguard.dispatch.EventFigures;
import io.gridguard.dispatch.EventState;
import org.springframework.context.i18n.LocaleContextHolder;
import io.gridguard.dispatch.Events;
import io.gridguard.dispatch.NewEvent;
import io.gridguard.jurisdiction.Departments;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting an event from a phone, the events of one's scope, an event's page with its actions, a department's live queue. */
@Controller
class EventPages {

    private static final Set<Role> VIEWERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER,
            Role.DEPARTMENT_HANDLER, Role.RESIDENT);
    private static final List<EventState> OPEN = List.of(EventState.REPORTED, EventState.DISPATCHED, EventState.ACCEPTED,
            EventState.HANDLING, EventState.FEEDBACK, EventState.REOPENED, EventState.REJECTED);

    private final Events events;
    private final Jurisdictions jurisdictions;
    private final Departments departments;
    private final ProblemRenderer messages;
    private final io.gridguard.dispatch.DispatchSettings settings;
    private final EventFigures figures;

    private final GridOutlines outlines;

    EventPages(Events events, Jurisdictions jurisdictions, Departments departments, ProblemRenderer messages,
               io.gridguard.dispatch.DispatchSettings settings, EventFigures figures, GridOutlines outlines) {
        this.outlines = outlines;
        this.figures = figures;
        this.settings = settings;
        this.events = events;
        this.jurisdictions = jurisdictions;
        this.departments = departments;
        this.messages = messages;
    }

    @Bean
    static NavItem reportNav() {
        return new NavItem("nav.reportEvent", "/events/new", 3, Set.of(Role.GRID_WORKER, Role.RESIDENT, Role.COMMUNITY_STAFF,
                Role.STREET_STAFF));
    }

    @Bean
    static NavItem eventsNav() {
        return new NavItem("nav.events", "/events", 4, VIEWERS);
    }

    @Bean
    static NavItem queueNav() {
        return new NavItem("nav.queue", "/events/queue", 2, Set.of(Role.DEPARTMENT_HANDLER));
    }

    @Bean
    static NavItem categoriesNav() {
        return new NavItem("nav.eventCategories", "/events/categories", 85, Set.of(Role.DISTRICT_COMMAND));
    }

    @GetMapping("/events/new")
    String reportForm(Model model) {
        Caller caller = Callers.require().require(Events.REPORTERS);
        categoriesAndZone(model);
        model.addAttribute("grids", caller.role() == Role.RESIDENT ? List.of() : jurisdictions.visibleAt(caller, NodeLevel.GRID));
        model.addAttribute("hotline", caller.role() != Role.RESIDENT && caller.role() != Role.GRID_WORKER);
        model.addAttribute("mapData", outlines.json(java.util.Map.of("grids", outlines.of(caller))));
        return "dispatch/new";
    }

    @PostMapping("/events/new")
    String report(@RequestParam(required = false) String category, @RequestParam(required = false) String description,
                  @RequestParam(required = false) Long gridId, @RequestParam(required = false) Double lat,
                  @RequestParam(required = false) Double lon, @RequestParam(required = false) String callerPhone,
                  @RequestParam(required = false) List<MultipartFile> photos, RedirectAttributes flash) {
        long[] id = new long[1];
        List<NewEvent.Photo> attached = photos(photos);
        // a location from the phone wins over the grid picked by hand only when the phone gave one
        Long grid = lat != null && lon != null ? null : gridId;
        boolean done = FormErrors.attempt(flash, messages, "errors", () -> id[0] = events.report(Callers.require(),
                new NewEvent(category, description, grid, lat, lon, null, callerPhone, attached)).id());
        if (!done) {
            flash.addFlashAttribute("description", description);
            return "redirect:/events/new";
        }
        flash.addFlashAttribute("done", messages.message("event.reported", id[0]));
        return "redirect:/events/" + id[0];
    }

    @GetMapping("/events")
    String list(@RequestParam(required = false) List<String> state, @RequestParam(required = false) String category,
                @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("result", events.page(caller, EventApi.states(state), category == null || category.isBlank() ? null : category,
                PageRequest.of(page, 30)));
        categoriesAndZone(model);
        model.addAttribute("states", EventState.values());
        model.addAttribute("state", state == null || state.isEmpty() ? null : state.getFirst());
        model.addAttribute("category", category);
        return "dispatch/list";
    }

    @GetMapping("/events/queue")
    String queue(Model model) {
        model.addAttribute("result", events.page(Callers.require(), OPEN, null, PageRequest.of(0, 100)));
        categoriesAndZone(model);
        return "dispatch/queue";
    }

    /** The queue's rows alone, polled every few seconds (htmx) so a new or escalated event shows without reloading. */
    @GetMapping("/events/queue/rows")
    String queueRows(Model model) {
        queue(model);
        return "dispatch/queue :: rows";
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("event", events.open(caller, id));
        model.addAttribute("actions", events.actionsFor(caller, id));
        model.addAttribute("departments", departments.all());
        categoriesAndZone(model);
        return "dispatch/event";
    }

    @PostMapping("/events/{id}/actions")
    String act(@PathVariable long id, @RequestParam(required = false) EventAction action,
               @RequestParam(required = false) List<Long> departmentIds, @RequestParam(required = false) String note,
               @RequestParam(required = false) List<MultipartFile> photos, RedirectAttributes flash) {
        List<NewEvent.Photo> attached = photos(photos);
        if (FormErrors.attempt(flash, messages, "errors", () -> events.act(Callers.require(), id, action, departmentIds, note, attached))) {
            flash.addFlashAttribute("done", messages.message("event.done." + action.name()));
        }
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/photos/{name}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable String name) {
        return EventApi.photo(events, id, name);
    }

    @Bean
    static NavItem figuresNav() {
        return new NavItem("nav.eventFigures", "/events/figures", 70, Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
    }

    @GetMapping("/events/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) EventFigures.By by, Model model) {
        LocalDate today = LocalDate.now(settings.zone());
        LocalDate start = from == null ? today.minusDays(6) : from;
        LocalDate end = to == null ? today : to;
        EventFigures.Figures result = figures.figures(Callers.require(), start, end, by, LocaleContextHolder.getLocale(), messages::message);
        model.addAttribute("figures", result);
        List<EventFigures.Line> rows = new ArrayList<>(result.lines());
        rows.add(result.total());
        model.addAttribute("rows", rows);
        model.addAttribute("groupings", EventFigures.By.values());
        return "dispatch/figures";
    }

    @GetMapping("/events/figures.xlsx")
    ResponseEntity<byte[]> figuresWorkbook(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EventFigures.By by) {
        return EventApi.workbook(figures, messages, figures.figures(Callers.require(), from, to, by, LocaleContextHolder.getLocale(),
                messages::message));
    }

    @GetMapping("/events/categories")
    String categories(Model model) {
        Callers.require().require(Set.of(Role.DISTRICT_COMMAND));
        categoriesAndZone(model);
        model.addAttribute("departments", departments.all());
        return "dispatch/categories";
    }

    @PostMapping("/events/categories/{code}")
    String updateCategory(@PathVariable String code, @RequestParam(required = false) List<String> departments,
                          @RequestParam(required = false) Double acceptMinutes, @RequestParam(required = false) Double onSiteMinutes,
                          @RequestParam(required = false) Double closeMinutes, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "errors", () -> events.updateCategory(Callers.require(), code, departments,
                minutes(acceptMinutes), minutes(onSiteMinutes), minutes(closeMinutes)))) {
            flash.addFlashAttribute("done", messages.message("event.category.saved", code));
        }
        return "redirect:/events/categories#category-" + code;
    }

    /** The categories, category code → its name in the reader's language (from one read), and the district's zone. */
    private void categoriesAndZone(Model model) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        var categories = events.categories();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        categories.forEach(c -> names.put(c.code(), c.name(locale)));
        model.addAttribute("categories", categories);
        model.addAttribute("names", names);
        model.addAttribute("zone", settings.zone());
    }

    private static Duration minutes(Double value) {
        return value == null ? null : Duration.ofSeconds(Math.round(value * 60));
    }

    private static List<NewEvent.Photo> photos(List<MultipartFile> files) {
        List<NewEvent.Photo> photos = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    try {
                        photos.add(new NewEvent.Photo(file.getOriginalFilename(), file.getBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return photos;
    }
}
