package io.gridguard.tracing.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.tracing.CaseOutcome;
import io.gridguard.tracing.CaseView;
import io.gridguard.tracing.Cases;
import io.gridguard.tracing.CoPresenceReport;
import io.gridguard.tracing.ConfirmedCase;
import io.gridguard.tracing.ContactDecision;
import io.gridguard.tracing.ContactStatus;
import io.gridguard.tracing.ContactView;
import io.gridguard.tracing.Contacts;
import io.gridguard.tracing.NewCase;
import io.gridguard.tracing.NewContact;
import io.gridguard.tracing.TimelineEntry;
import io.gridguard.tracing.TracingFigures;
import io.gridguard.tracing.TransmissionGraph;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tracing", description = "Cases, their close and secondary contacts, co-presence suggestions")
@RestController
class TracingApi {

    private final Cases cases;
    private final Contacts contacts;
    private final TracingFigures figures;

    TracingApi(Cases cases, Contacts contacts, TracingFigures figures) {
        this.cases = cases;
        this.contacts = contacts;
        this.figures = figures;
    }

    @Operation(summary = "Confirm a case (the code turns red); the people co-presence finds near the case in its infectious "
            + "period are answered as suggested contacts (their codes turn yellow until a tracer decides)")
    @PostMapping("/api/v1/cases")
    ResponseEntity<ConfirmedCase> confirm(@RequestBody NewCase command) {
        return ResponseEntity.status(201).body(cases.confirm(Callers.require(), command));
    }

    @Operation(summary = "The cases in the caller's jurisdiction, newest first, with their contacts counted by status")
    @GetMapping("/api/v1/cases")
    PageOf<CaseView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return cases.page(Callers.require(), PageRequest.of(page, size));
    }

    record CaseDetail(CaseView detail, List<TimelineEntry> timeline) {
    }

    @Operation(summary = "One case with its timeline")
    @GetMapping("/api/v1/cases/{id}")
    CaseDetail open(@PathVariable long id) {
        var caller = Callers.require();
        return new CaseDetail(cases.open(caller, id), cases.timeline(caller, id));
    }

    record Outcome(CaseOutcome outcome) {
    }

    @Operation(summary = "Set (or clear, with null) how the case ended")
    @PostMapping("/api/v1/cases/{id}/outcome")
    CaseView outcome(@PathVariable long id, @RequestBody Outcome outcome) {
        return cases.setOutcome(Callers.require(), id, outcome.outcome());
    }

    record Items<T>(List<T> items) {
    }

    @Operation(summary = "The contacts of a case (people masked)")
    @GetMapping("/api/v1/cases/{id}/contacts")
    Items<ContactView> contacts(@PathVariable long id) {
        return new Items<>(contacts.ofCase(Callers.require(), id));
    }

    @Operation(summary = "Add a contact a tracing team found: under control at once (a close contact's code turns red)")
    @PostMapping("/api/v1/cases/{id}/contacts")
    ResponseEntity<ContactView> enter(@PathVariable long id, @RequestBody NewContact command) {
        return ResponseEntity.status(201).body(contacts.enter(Callers.require(), id, command));
    }

    @Operation(summary = "Second hop: the people near the case's close contacts under control since their exposure, "
            + "suggested as secondary contacts")
    @PostMapping("/api/v1/cases/{id}/second-hop")
    Items<ContactView> secondHop(@PathVariable long id) {
        return new Items<>(contacts.secondHop(Callers.require(), id));
    }

    @Operation(summary = "One contact")
    @GetMapping("/api/v1/contacts/{id}")
    ContactView contact(@PathVariable long id) {
        return contacts.open(Callers.require(), id);
    }

    @Operation(summary = "A contact's next status: SUGGESTED → UNDER_CONTROL or DISMISSED; UNDER_CONTROL → ENDED or "
            + "RETURNED (with destination). Any other step is 409.")
    @PostMapping("/api/v1/contacts/{id}/status")
    ContactView decide(@PathVariable long id, @RequestBody ContactDecision decision) {
        return contacts.decide(Callers.require(), id, decision);
    }

    @Operation(summary = "Transmission chains: the cases in the caller's jurisdiction and their contacts (of the given "
            + "statuses; all when none) as nodes and links")
    @GetMapping("/api/v1/tracing/graph")
    TransmissionGraph graph(@RequestParam(name = "status", required = false) Set<ContactStatus> statuses) {
        return cases.graph(Callers.require(), statuses == null ? Set.of() : statuses);
    }

    @Operation(summary = "Co-presence preview (writes nothing): who was let through the same gates or checked in at the "
            + "same venues as the person within the policy's window since `since` (≤ 28 days back); hops=2 adds who met "
            + "those people afterwards. Lists at most 500 people; the counts are whole.")
    @GetMapping("/api/v1/tracing/co-presence")
    CoPresenceReport coPresence(@RequestParam long personId,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
                                @RequestParam(defaultValue = "1") int hops) {
        return contacts.coPresence(Callers.require(), personId, since, hops);
    }

    @Operation(summary = "Tracing figures in the caller's jurisdiction: key persons under observation by origin (HUBEI, "
            + "WENZHOU, TAIZHOU, OTHER, ABROAD), contacts by status, each key-person list's verification")
    @GetMapping("/api/v1/tracing/figures")
    TracingFigures.Figures figures() {
        return figures.figures(Callers.require());
    }

    @Operation(summary = "Contacts by status over the cases in the caller's jurisdiction")
    @GetMapping("/api/v1/tracing/contacts-by-status")
    Map<ContactStatus, Long> byStatus() {
        return cases.contactsByStatus(Callers.require());
    }
}
