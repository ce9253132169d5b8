package io.gridguard.tracing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.tracing.CaseOutcome;
import io.gridguard.tracing.CaseSource;
import io.gridguard.tracing.Cases;
import io.gridguard.tracing.Classification;
import io.gridguard.tracing.ContactDecision;
import io.gridguard.tracing.ContactKind;
import io.gridguard.tracing.ContactStatus;
import io.gridguard.tracing.Contacts;
import io.gridguard.tracing.NewCase;
import io.gridguard.tracing.NewContact;
import io.gridguard.tracing.TracingFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The tracer's pages: cases in their jurisdiction, confirming a case, and a case with its contacts and timeline. */
@Controller
class TracingPages {

    private final Cases cases;
    private final Contacts contacts;
    private final People people;
    private final HealthCodeSettings settings;
    private final ProblemRenderer messages;
    private final JsonMapper json;
    private final TracingFigures figures;

    TracingPages(Cases cases, Contacts contacts, People people, HealthCodeSettings settings, ProblemRenderer messages,
                 JsonMapper json, TracingFigures figures) {
        this.json = json;
        this.figures = figures;
        this.cases = cases;
        this.contacts = contacts;
        this.people = people;
        this.settings = settings;
        this.messages = messages;
    }

    @Bean
    static NavItem tracingNav() {
        return new NavItem("nav.tracing", "/tracing/cases", 25, Cases.TRACERS);
    }

    @GetMapping("/tracing/cases")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("result", cases.page(caller, PageRequest.of(page, 20)));
        model.addAttribute("figures", figures.figures(caller));
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("sources", CaseSource.values());
        return "tracing/cases";
    }

    @PostMapping("/tracing/cases")
    String confirm(@RequestParam(required = false) String idNumber, @RequestParam(required = false) Classification classification,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetDate,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diagnosisDate,
                   @RequestParam(required = false) CaseSource source, @RequestParam(required = false) String originRegion,
                   RedirectAttributes flash) {
        long[] created = new long[1];
        boolean done = FormErrors.attempt(flash, messages, "caseErrors", () -> created[0] = cases.confirm(Callers.require(),
                new NewCase(person(idNumber).id(), classification, onsetDate, diagnosisDate, source, originRegion)).caseId());
        return done ? "redirect:/tracing/cases/" + created[0] : "redirect:/tracing/cases";
    }

    @GetMapping("/tracing/cases/{id}")
    String open(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("tracingCase", cases.open(caller, id));
        model.addAttribute("contacts", contacts.ofCase(caller, id));
        model.addAttribute("timeline", cases.timeline(caller, id));
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("zone", settings.zone());
        return "tracing/case";
    }

    /** The chains as a graph; the data rides in an attribute because the page's policy allows no inline script. */
    @GetMapping("/tracing/graph")
    String graph(@RequestParam(name = "status", required = false) Set<ContactStatus> statuses, Model model) {
        Set<ContactStatus> shown = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ContactStatus.class) : statuses;
        model.addAttribute("graph", json.writeValueAsString(cases.graph(Callers.require(), shown)));
        model.addAttribute("statuses", ContactStatus.values());
        model.addAttribute("shown", shown);
        return "tracing/graph";
    }

    @PostMapping("/tracing/cases/{id}/contacts")
    String enter(@PathVariable long id, @RequestParam(required = false) String idNumber, @RequestParam(required = false) ContactKind kind,
                 @RequestParam(required = false) String relationship, @RequestParam(required = false) String exposurePlace,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime exposureAt,
                 RedirectAttributes flash) {
        Instant at = exposureAt == null ? null : exposureAt.atZone(settings.zone()).toInstant();
        FormErrors.attempt(flash, messages, "contactErrors", () -> contacts.enter(Callers.require(), id,
                new NewContact(person(idNumber).id(), kind, relationship, at, exposurePlace)));
        return "redirect:/tracing/cases/" + id;
    }

    @PostMapping("/tracing/cases/{id}/second-hop")
    String secondHop(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("secondHop", contacts.secondHop(Callers.require(), id).size());
        return "redirect:/tracing/cases/" + id;
    }

    @PostMapping("/tracing/cases/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) CaseOutcome outcome) {
        cases.setOutcome(Callers.require(), id, outcome);
        return "redirect:/tracing/cases/" + id;
    }

    @PostMapping("/tracing/contacts/{id}/status")
    String decide(@PathVariable long id, @RequestParam long caseId, @RequestParam(required = false) ContactStatus status,
                  @RequestParam(required = false) String destination, RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "contactErrors", () -> contacts.decide(Callers.require(), id,
                new ContactDecision(status, destination)));
        return "redirect:/tracing/cases/" + caseId + "#contact-" + id;
    }

    /** The person a tracer names by ID number; scope is checked by the action itself. */
    private PersonRef person(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            throw new Problem.Invalid("idNumber", "error.required");
        }
        return people.identify(idNumber.strip()).orElseThrow(() -> new Problem.Invalid("idNumber", "tracing.person.notFound"));
    }
}
