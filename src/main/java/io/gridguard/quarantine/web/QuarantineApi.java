package io.gridguard.quarantine.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gridguard.quarantine.Alert;
import io.gridguard.quarantine.CareNeed;
import io.gridguard.quarantine.HealthReports;
import io.gridguard.quarantine.NewOrder;
import io.gridguard.quarantine.OrderKind;
import io.gridguard.quarantine.OrderStatus;
import io.gridguard.quarantine.OrderSummary;
import io.gridguard.quarantine.OrderView;
import io.gridguard.quarantine.QuarantineSites;
import io.gridguard.quarantine.Quarantines;
import io.gridguard.quarantine.SiteView;
import io.gridguard.quarantine.TestOutcome;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.web.ProblemRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Quarantine", description = "Orders (centralized, home, health monitoring), daily health reports, tests, release; "
        + "centralized sites with rooms, work groups, special care, disinfection and the morning meeting; alerts")
@RestController
class QuarantineApi {

    private final Quarantines quarantines;
    private final HealthReports reports;
    private final QuarantineSites sites;
    private final ProblemRenderer messages;

    QuarantineApi(Quarantines quarantines, HealthReports reports, QuarantineSites sites, ProblemRenderer messages) {
        this.quarantines = quarantines;
        this.reports = reports;
        this.sites = sites;
        this.messages = messages;
    }

    @Operation(summary = "Open an order `{personId, kind: CENTRALIZED|HOME|MONITORING, startDate?, days?, siteId?, reason}` "
            + "(district, street, community or medical staff in the person's scope); length and tests from the policy in force")
    @PostMapping("/api/v1/quarantine/orders")
    ResponseEntity<OrderView> open(@RequestBody NewOrder order) {
        return ResponseEntity.status(201).body(quarantines.open(Callers.require(), order));
    }

    @Operation(summary = "Orders in the caller's scope (a site's staff: their site; a resident: their own), newest first")
    @GetMapping("/api/v1/quarantine/orders")
    PageOf<OrderSummary> page(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) OrderKind kind,
                              @RequestParam(required = false) Long personId, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return quarantines.page(Callers.require(), status, kind, personId, PageRequest.of(page, size));
    }

    @Operation(summary = "One order with its tests, latest health reports and timeline (viewing is audited)")
    @GetMapping("/api/v1/quarantine/orders/{id}")
    OrderView order(@PathVariable long id) {
        return quarantines.open(Callers.require(), id);
    }

    @Operation(summary = "The resident's own active order (404 when there is none)")
    @GetMapping("/api/v1/quarantine/me")
    OrderView mine() {
        return quarantines.mine(Callers.require()).orElseThrow(() -> new Problem.NotFound("quarantine.mine.none"));
    }

    record Release(Boolean override, String note) {
    }

    record Releasable(boolean releasable, List<String> unmet) {
    }

    @Operation(summary = "Whether the order may be released now, and what is missing if not")
    @GetMapping("/api/v1/quarantine/orders/{id}/release")
    Releasable releasable(@PathVariable long id) {
        List<String> unmet = quarantines.unmet(Callers.require(), id).stream().map(u -> messages.message(u.messageKey(), u.args())).toList();
        return new Releasable(unmet.isEmpty(), unmet);
    }

    @Operation(summary = "Release `{override?, note?}`: when the policy's conditions hold (409 naming what is missing otherwise), "
            + "or overridden by street staff or district command with a note")
    @PostMapping("/api/v1/quarantine/orders/{id}/release")
    OrderView release(@PathVariable long id, @RequestBody(required = false) Release release) {
        return quarantines.release(Callers.require(), id, release != null && Boolean.TRUE.equals(release.override()),
                release == null ? null : release.note());
    }

    record Report(BigDecimal temperature, List<String> symptoms, Instant measuredAt) {
    }

    @Operation(summary = "A health report `{temperature, symptoms: [FEVER|COUGH|FATIGUE|SHORT_OF_BREATH|SORE_THROAT|DIARRHOEA|"
            + "LOSS_OF_TASTE], measuredAt?}` by the person or medical/site staff (staff may enter a round taken in the last two days); "
            + "the slot (MORNING before 14:00, AFTERNOON) is the measuring time's; a fever opens a FEVER event")
    @PostMapping("/api/v1/quarantine/orders/{id}/reports")
    ResponseEntity<OrderView.HealthReport> report(@PathVariable long id, @RequestBody Report report) {
        return ResponseEntity.status(201).body(reports.report(Callers.require(), id, report.temperature(), report.symptoms(),
                report.measuredAt()));
    }

    record Extension(Integer days, String reason) {
    }

    @Operation(summary = "Extend `{days, reason}`: the planned end moves and a test is due on the new last day")
    @PostMapping("/api/v1/quarantine/orders/{id}/extend")
    OrderView extend(@PathVariable long id, @RequestBody Extension extension) {
        return quarantines.extend(Callers.require(), id, extension.days(), extension.reason());
    }

    record Test(Integer day, TestOutcome result) {
    }

    @Operation(summary = "A scheduled test's result `{day, result: NEGATIVE|POSITIVE}` (medical or site staff); reaches the health code")
    @PostMapping("/api/v1/quarantine/orders/{id}/tests")
    OrderView test(@PathVariable long id, @RequestBody Test test) {
        return quarantines.recordTest(Callers.require(), id, test.day(), test.result());
    }

    record SiteChoice(Long siteId) {
    }

    @Operation(summary = "Send a centralized order to a site `{siteId}` (street staff, district command)")
    @PostMapping("/api/v1/quarantine/orders/{id}/site")
    OrderView site(@PathVariable long id, @RequestBody SiteChoice choice) {
        return quarantines.sendToSite(Callers.require(), id, choice.siteId());
    }

    record RoomChoice(Long roomId) {
    }

    @Operation(summary = "A room for an arrival or a transfer `{roomId}`: up to the room's beds, one household per room, not while "
            + "being cleaned")
    @PostMapping("/api/v1/quarantine/orders/{id}/room")
    OrderView room(@PathVariable long id, @RequestBody RoomChoice choice) {
        return quarantines.assignRoom(Callers.require(), id, choice.roomId());
    }

    record Care(CareNeed kind, String note, Instant dueAt, Boolean daily) {
    }

    @Operation(summary = "A special-care need at a site `{kind: INSULIN|SPECIAL_DIET|PREGNANCY|ELDERLY|BIRTHDAY|OTHER, note?, dueAt, daily?}`")
    @PostMapping("/api/v1/quarantine/orders/{id}/care")
    ResponseEntity<SiteView.CareTask> care(@PathVariable long id, @RequestBody Care care) {
        return ResponseEntity.status(201).body(sites.addCare(Callers.require(), id, care.kind(), care.note(), care.dueAt(),
                Boolean.TRUE.equals(care.daily())));
    }

    record Note(String note) {
    }

    @Operation(summary = "A care task done `{note?}`; a daily one comes back for the next day")
    @PostMapping("/api/v1/quarantine/care-tasks/{id}/done")
    SiteView.CareTask careDone(@PathVariable long id, @RequestBody(required = false) Note note) {
        return sites.careDone(Callers.require(), id, note == null ? null : note.note());
    }

    @Operation(summary = "An order's reminders and alerts")
    @GetMapping("/api/v1/quarantine/orders/{id}/alerts")
    Map<String, List<Alert>> orderAlerts(@PathVariable long id) {
        return Map.of("items", reports.ofOrder(Callers.require(), id));
    }

    @Operation(summary = "Open alerts for the caller (missed reports, fevers, door openings, overdue disinfection)")
    @GetMapping("/api/v1/quarantine/alerts")
    Map<String, List<Alert>> alerts() {
        return Map.of("items", reports.alerts(Callers.require()));
    }

    @Operation(summary = "An alert handled `{note}`")
    @PostMapping("/api/v1/quarantine/alerts/{id}/handled")
    Alert handled(@PathVariable long id, @RequestBody(required = false) Note note) {
        return reports.handle(Callers.require(), id, note == null ? null : note.note());
    }

    @Operation(summary = "Capacity of the sites the caller may see: rooms by status, beds, people, arrivals waiting for a room")
    @GetMapping("/api/v1/quarantine/sites")
    Map<String, List<SiteView.Capacity>> capacity() {
        return Map.of("items", sites.capacity(Callers.require()));
    }

    @Operation(summary = "A site today: rooms with their people, arrivals, work groups, care tasks, disinfection rounds")
    @GetMapping("/api/v1/quarantine/sites/{id}")
    SiteView site(@PathVariable long id) {
        return sites.site(Callers.require(), id);
    }

    record NewRoom(String number, Integer capacity) {
    }

    @Operation(summary = "A room `{number, capacity}` (the site's staff, district command)")
    @PostMapping("/api/v1/quarantine/sites/{id}/rooms")
    ResponseEntity<SiteView.Room> addRoom(@PathVariable long id, @RequestBody NewRoom room) {
        return ResponseEntity.status(201).body(sites.addRoom(Callers.require(), id, room.number(), room.capacity()));
    }

    @Operation(summary = "A room cleaned after its people left: free again")
    @PostMapping("/api/v1/quarantine/rooms/{id}/cleaned")
    ResponseEntity<Void> cleaned(@PathVariable long id) {
        sites.roomCleaned(Callers.require(), id);
        return ResponseEntity.noContent().build();
    }

    record NewGroup(String name, String leader, String phone, String members, String duties) {
    }

    @Operation(summary = "A work group `{name, leader, phone?, members?, duties?}`")
    @PostMapping("/api/v1/quarantine/sites/{id}/groups")
    ResponseEntity<SiteView.WorkGroup> addGroup(@PathVariable long id, @RequestBody NewGroup g) {
        return ResponseEntity.status(201).body(sites.addGroup(Callers.require(), id, g.name(), g.leader(), g.phone(), g.members(), g.duties()));
    }

    record NewDisinfection(String area, String note) {
    }

    @Operation(summary = "A disinfection round `{area, note?}`")
    @PostMapping("/api/v1/quarantine/sites/{id}/disinfections")
    ResponseEntity<SiteView.Disinfection> disinfect(@PathVariable long id, @RequestBody NewDisinfection d) {
        return ResponseEntity.status(201).body(sites.disinfect(Callers.require(), id, d.area(), d.note()));
    }

    @Operation(summary = "The morning meeting's report for a day (default today)")
    @GetMapping("/api/v1/quarantine/sites/{id}/meeting")
    SiteView.Meeting meeting(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return sites.meeting(Callers.require(), id, date == null ? sites.today() : date);
    }

    record Notes(String notes) {
    }

    @Operation(summary = "The morning meeting's notes for a day `{notes}`")
    @PutMapping("/api/v1/quarantine/sites/{id}/meeting")
    SiteView.Meeting saveNotes(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                               @RequestBody Notes notes) {
        LocalDate day = date == null ? sites.today() : date;
        sites.saveNotes(Callers.require(), id, day, notes.notes());
        return sites.meeting(Callers.require(), id, day);
    }
}
