package io.gridguard.dispatch.web;

import java.time.LocalDate;
import java.util.List;

import io.gridguard.dispatch.PatrolMethod;
import io.gridguard.dispatch.PatrolSpot;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.dispatch.Patrols;
import io.gridguard.shared.Callers;
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

@Tag(name = "Patrols", description = "Spots checked every day with their checklist; hazards become events; the day's figures")
@RestController
class PatrolApi {

    private final Patrols patrols;

    PatrolApi(Patrols patrols) {
        this.patrols = patrols;
    }

    record NewSpot(Long placeId, String name, List<String> checklist) {
    }

    @Operation(summary = "A spot to patrol `{placeId, name, checklist: [items]}` (community, street, district staff)")
    @PostMapping("/api/v1/patrol-spots")
    ResponseEntity<PatrolSpot> add(@RequestBody NewSpot spot) {
        return ResponseEntity.status(201).body(patrols.addSpot(Callers.require(), spot.placeId(), spot.name(), spot.checklist()));
    }

    @Operation(summary = "A page of the spots in the caller's scope with their latest check of the day")
    @GetMapping("/api/v1/patrol-spots")
    PageOf<PatrolSpot> spots(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return patrols.spots(Callers.require(), date == null ? patrols.today() : date, PageRequest.of(page, size));
    }

    record NewCheck(PatrolMethod method, List<String> failedItems, String note) {
    }

    @Operation(summary = "A grid worker's check `{method?: VIDEO|FOOT (default FOOT), failedItems: [items of the checklist], note?}`; "
            + "failed items are a hazard and open a HAZARD event (its id in the answer)")
    @PostMapping("/api/v1/patrol-spots/{id}/checks")
    ResponseEntity<PatrolSpot.Check> check(@PathVariable long id, @RequestBody NewCheck check) {
        return ResponseEntity.status(201).body(patrols.check(Callers.require(), id, check.method(), check.failedItems(), check.note()));
    }

    @Operation(summary = "A day's patrol figures in the caller's scope: spots, checked, hazards, rectified (their events closed)")
    @GetMapping("/api/v1/patrols/figures")
    Patrols.Figures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return patrols.figures(Callers.require(), date == null ? patrols.today() : date);
    }
}
