package io.gridguard.dispatch.web;

import java.time.LocalDate;

import io.gridguard.dispatch.Duty;
import io.gridguard.dispatch.NewVisit;
import io.gridguard.dispatch.Track;
import io.gridguard.dispatch.VisitView;
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

@Tag(name = "Grid workers", description = "Door visits and verification calls, positions shared on duty, a day's track")
@RestController
class DutyApi {

    private final Duty duty;

    DutyApi(Duty duty) {
        this.duty = duty;
    }

    @Operation(summary = "Record a visit `{kind: DOOR|CALL, placeId | personId, outcome: MET|NOBODY_HOME|REFUSED|PROBLEM_FOUND, note?}` "
            + "in the grid worker's grids (a problem found needs a note)")
    @PostMapping("/api/v1/visits")
    ResponseEntity<VisitView> visit(@RequestBody NewVisit visit) {
        return ResponseEntity.status(201).body(duty.visit(Callers.require(), visit));
    }

    record Position(Double lat, Double lon, Double accuracy, String at) {
    }

    @Operation(summary = "A position shared by the grid worker's phone while on duty `{lat, lon, accuracy?, at?}` → 204")
    @PostMapping("/api/v1/me/positions")
    ResponseEntity<Void> position(@RequestBody Position position) {
        duty.position(Callers.require(), position.lat(), position.lon(), position.accuracy(), position.at());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A grid worker's day: positions in order and visits (the worker, or staff over them; viewing is audited)")
    @GetMapping("/api/v1/workers/{worker}/track")
    Track track(@PathVariable String worker, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return duty.track(Callers.require(), worker, date == null ? duty.today() : date);
    }
}
