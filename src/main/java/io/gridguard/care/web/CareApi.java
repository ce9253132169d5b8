package io.gridguard.care.web;

import java.time.LocalDate;

import io.gridguard.care.Care;
import io.gridguard.care.CareTask;
import io.gridguard.care.NewNeed;
import io.gridguard.care.TaskAction;
import io.gridguard.care.TaskStatus;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
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

@Tag(name = "Care", description = "Needs of home-quarantined households as social workers' tasks; statistics")
@RestController
class CareApi {

    private final Care care;

    CareApi(Care care) {
        this.care = care;
    }

    @Operation(summary = "A need `{kind: GROCERIES|MEDICINE|GARBAGE|MEDICAL|OTHER, note?, householdId?}`: a resident for their own "
            + "household, social workers, grid workers and community staff for a household in scope; the household must be under "
            + "home quarantine or monitoring (409 otherwise)")
    @PostMapping("/api/v1/care/needs")
    ResponseEntity<CareTask> request(@RequestBody NewNeed need) {
        return ResponseEntity.status(201).body(care.request(Callers.require(), need));
    }

    @Operation(summary = "Tasks in the caller's scope (a resident: their household's), those not confirmed first")
    @GetMapping("/api/v1/care/tasks")
    PageOf<CareTask> page(@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return care.page(Callers.require(), status, PageRequest.of(page, size));
    }

    @Operation(summary = "One task")
    @GetMapping("/api/v1/care/tasks/{id}")
    CareTask task(@PathVariable long id) {
        return care.open(Callers.require(), id);
    }

    record Action(TaskAction action, String note) {
    }

    @Operation(summary = "A step `{action: CLAIM|UNCLAIM|DONE|CONFIRM, note?}`: social workers claim, hand back and complete (with a "
            + "note) their tasks; the household confirms; 409 when the task's status does not allow it, 403 for the wrong person")
    @PostMapping("/api/v1/care/tasks/{id}/actions")
    CareTask act(@PathVariable long id, @RequestBody Action action) {
        return care.act(Callers.require(), id, action.action(), action.note());
    }

    @Operation(summary = "Statistics for a period (default today) by TYPE, BUILDING, COMMUNITY or DAY: total, done, confirmed, overdue")
    @GetMapping("/api/v1/care/figures")
    Care.Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) Care.By by) {
        LocalDate today = care.today();
        return care.figures(Callers.require(), from == null ? today : from, to == null ? today : to, by);
    }
}
