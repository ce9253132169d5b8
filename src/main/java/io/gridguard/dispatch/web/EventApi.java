package io.gridguard.dispatch.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gridguard.dispatch.EventAction;
import io.gridguard.dispatch.EventCategory;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.EventState;
import io.gridguard.dispatch.EventSummary;
import io.gridguard.dispatch.EventView;
import io.gridguard.dispatch.EventFigures;
import io.gridguard.dispatch.Events;
import io.gridguard.dispatch.NewEvent;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Events", description = "Grid events from every source, dispatch to departments, the closed loop and its SLA clock")
@RestController
class EventApi {

    private final Events events;
    private final EventFigures figures;
    private final ProblemRenderer messages;

    EventApi(Events events, EventFigures figures, ProblemRenderer messages) {
        this.events = events;
        this.figures = figures;
        this.messages = messages;
    }

    @Operation(summary = "Closure figures of the events reported from `from` to `to` (dates, district time) in the caller's scope, "
            + "by CATEGORY, DEPARTMENT, STREET or SOURCE: received, accepted, closed, closure rate (%), median and 90th "
            + "percentile seconds to accept and to close")
    @GetMapping("/api/v1/events/figures")
    EventFigures.Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) EventFigures.By by) {
        return figures.figures(Callers.require(), from, to, by, LocaleContextHolder.getLocale(), messages::message);
    }

    @Operation(summary = "The same figures as an Excel workbook")
    @GetMapping("/api/v1/events/figures.xlsx")
    ResponseEntity<byte[]> figuresWorkbook(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(required = false) EventFigures.By by) {
        return workbook(figures, messages, figures(from, to, by));
    }

    /** The figures as an XLSX download, headings in the reader's language. */
    static ResponseEntity<byte[]> workbook(EventFigures figures, ProblemRenderer messages, EventFigures.Figures result) {
        List<String> headings = List.of("event.figures.group." + result.by(), "event.figures.received", "event.figures.accepted",
                "event.figures.closed", "event.figures.rate", "event.figures.acceptMedian", "event.figures.acceptP90",
                "event.figures.closeMedian", "event.figures.closeP90", "event.figures.total").stream().map(messages::message).toList();
        return ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"events-" + result.from() + "-" + result.to() + ".xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(figures.workbook(result, headings));
    }

    record Report(String category, String description, Long gridId, Double lat, Double lon, EventSource source, String callerPhone) {
    }

    @Operation(summary = "Report an event `{category, description, gridId | lat+lon, source?, callerPhone?}` → 201 with its id, "
            + "state (DISPATCHED when the category has default departments, else REPORTED) and acceptBy. The source follows "
            + "the caller: a grid worker, a resident, staff (HOTLINE with callerPhone), a machine key (CAMERA or DEVICE)")
    @PostMapping("/api/v1/events")
    ResponseEntity<EventView> report(@RequestBody Report report) {
        return ResponseEntity.status(201).body(events.report(Callers.require(), new NewEvent(report.category(), report.description(),
                report.gridId(), report.lat(), report.lon(), report.source(), report.callerPhone(), List.of())));
    }

    @Operation(summary = "An event with its departments, SLA clock (acceptBy, onSiteBy, closeBy, breached) and timeline")
    @GetMapping("/api/v1/events/{id}")
    EventView event(@PathVariable long id) {
        return events.open(Callers.require(), id);
    }

    record Act(EventAction action, List<Long> departmentIds, String note) {
    }

    @Operation(summary = "Take an action: DISPATCH (staff; departmentIds), ACCEPT, START, FEEDBACK (note), REJECT (note) by a handler "
            + "of an assigned department, CLOSE or REOPEN (note) by the reporting side; 409 when the state does not allow it, "
            + "403 when the caller may not")
    @PostMapping("/api/v1/events/{id}/actions")
    EventView act(@PathVariable long id, @RequestBody Act act) {
        return events.act(Callers.require(), id, act.action(), act.departmentIds(), act.note(), List.of());
    }

    @Operation(summary = "Events the caller may see (their scope, their department's, or their own reports), newest first; "
            + "state may repeat (state=DISPATCHED&state=ACCEPTED: a queue, nearest deadline first)")
    @GetMapping("/api/v1/events")
    PageOf<EventSummary> list(@RequestParam(required = false) List<String> state, @RequestParam(required = false) String category,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return events.page(Callers.require(), states(state), category == null || category.isBlank() ? null : category.strip(),
                PageRequest.of(page, size));
    }

    static List<EventState> states(List<String> names) {
        if (names == null) {
            return List.of();
        }
        try {
            return names.stream().filter(n -> !n.isBlank()).map(n -> EventState.valueOf(n.strip().toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw new Problem.Invalid("state", "event.state.unknown");
        }
    }

    @Operation(summary = "A photo of an event (a report's or a step's)")
    @GetMapping("/api/v1/events/{id}/photos/{name}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable String name) {
        return photo(events, id, name);
    }

    /** A stored photo with its type (from its name, which the store gave it from its bytes); personal, so never cached. */
    static ResponseEntity<byte[]> photo(Events events, long id, String name) {
        byte[] bytes = events.photo(Callers.require(), id, name).orElseThrow(() -> new Problem.NotFound("event.photo.notFound", name));
        MediaType type = name.endsWith(".png") ? MediaType.IMAGE_PNG : name.endsWith(".webp") ? MediaType.parseMediaType("image/webp")
                : MediaType.IMAGE_JPEG;
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(bytes);
    }

    record Category(String code, String nameZh, String nameEn, List<String> departments, long acceptSeconds, long onSiteSeconds,
                    long closeSeconds) {
        static Category of(EventCategory c) {
            return new Category(c.code(), c.nameZh(), c.nameEn(), c.departments(), c.accept().toSeconds(), c.onSite().toSeconds(),
                    c.close().toSeconds());
        }
    }

    @Operation(summary = "The event categories with their default departments (codes) and SLA in seconds")
    @GetMapping("/api/v1/events/categories")
    Map<String, List<Category>> categories() {
        Callers.require();
        return Map.of("items", events.categories().stream().map(Category::of).toList());
    }

    record CategoryChange(List<String> departments, Long acceptSeconds, Long onSiteSeconds, Long closeSeconds) {
    }

    @Operation(summary = "Set a category's default departments and SLA (district command); events opened after use them")
    @PutMapping("/api/v1/events/categories/{code}")
    Category updateCategory(@PathVariable String code, @RequestBody CategoryChange change) {
        return Category.of(events.updateCategory(Callers.require(), code, change.departments(), seconds(change.acceptSeconds()),
                seconds(change.onSiteSeconds()), seconds(change.closeSeconds())));
    }

    private static Duration seconds(Long value) {
        return value == null ? null : Duration.ofSeconds(value);
    }
}
