package io.gridguard.checkpoint.web;

import java.util.List;
import java.util.Map;

import io.gridguard.checkpoint.GatheringRule;
import io.gridguard.checkpoint.Gatherings;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.shared.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Gathering rule", description = "Scans and check-ins per place in a sliding window; a breach opens one GATHERING event")
@RestController
class GatheringApi {

    private final Gatherings gatherings;

    GatheringApi(Gatherings gatherings) {
        this.gatherings = gatherings;
    }

    @Operation(summary = "The rule for each kind of place: threshold, window in minutes, departments sent")
    @GetMapping("/api/v1/gathering-rules")
    Map<String, List<GatheringRule>> rules() {
        return Map.of("items", gatherings.rules(Callers.require()));
    }

    record Rule(Integer threshold, Integer windowMinutes, List<String> departments) {
    }

    @Operation(summary = "Set a kind's rule `{threshold, windowMinutes, departments: [codes]}` (district command)")
    @PutMapping("/api/v1/gathering-rules/{kind}")
    GatheringRule update(@PathVariable PlaceKind kind, @RequestBody Rule rule) {
        return gatherings.update(Callers.require(), kind, rule.threshold(), rule.windowMinutes(), rule.departments());
    }
}
