package io.gridguard.cockpit.web;

import io.gridguard.cockpit.Headlines;
import io.gridguard.cockpit.Summary;
import io.gridguard.shared.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cockpit", description = "Headline figures of a scope")
@RestController
class CockpitApi {

    private final Headlines headlines;

    CockpitApi(Headlines headlines) {
        this.headlines = headlines;
    }

    @Operation(summary = "The headline figures of the caller's scope (or `nodeId` inside it): residents, floating population, "
            + "people under quarantine by kind, cases, contacts by status, today's gate scans and denials, today's events (received, "
            + "closed, overdue, closure rate), codes by colour; at most 15 s old (`asOf`)")
    @GetMapping("/api/v1/stats/summary")
    Summary summary(@RequestParam(required = false) Long nodeId) {
        return headlines.summary(Callers.require(), nodeId);
    }
}
