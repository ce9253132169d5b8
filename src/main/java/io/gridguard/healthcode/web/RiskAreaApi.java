package io.gridguard.healthcode.web;

import java.util.List;

import io.gridguard.healthcode.RiskArea;
import io.gridguard.healthcode.RiskAreas;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Health codes")
@RestController
class RiskAreaApi {

    private final RiskAreas areas;
    private final java.time.Clock clock;
    private final io.gridguard.healthcode.HealthCodeSettings settings;

    RiskAreaApi(RiskAreas areas, java.time.Clock clock, io.gridguard.healthcode.HealthCodeSettings settings) {
        this.areas = areas;
        this.clock = clock;
        this.settings = settings;
    }

    @Operation(summary = "Medium- and high-risk areas, current and past")
    @GetMapping("/api/v1/health-code/risk-areas")
    PageOf<RiskArea> list() {
        Callers.require();
        List<RiskArea> all = areas.all();
        return new PageOf<>(all, 0, Math.max(1, all.size()), all.size());
    }

    @Operation(summary = "Add a risk area (district command): {regionCode (GB/T 2260), name, level MEDIUM|HIGH, validFrom, validTo?}")
    @PostMapping("/api/v1/health-code/risk-areas")
    ResponseEntity<RiskArea> add(@RequestBody RiskAreas.NewRiskArea area) {
        return ResponseEntity.status(201).body(areas.add(Callers.require(), area));
    }

    @Operation(summary = "Declare an arrival {personId, regionCode, arrivedOn}: from an area that was a risk area that day, within "
            + "the policy's window, it turns the code yellow (ARRIVAL_FROM_RISK_AREA)")
    @PostMapping("/api/v1/health-code/arrivals")
    ResponseEntity<RiskAreas.ArrivalOutcome> declare(@RequestBody RiskAreas.Arrival arrival) {
        return ResponseEntity.status(201).body(areas.declare(Callers.require(), arrival, java.time.LocalDate.now(clock.withZone(settings.zone()))));
    }
}
