package io.gridguard.healthcode.web;

import io.gridguard.healthcode.NewRecheck;
import io.gridguard.healthcode.RecheckDecision;
import io.gridguard.healthcode.RecheckView;
import io.gridguard.healthcode.Rechecks;
import io.gridguard.shared.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Health codes")
@RestController
class RecheckApi {

    private final Rechecks rechecks;

    RecheckApi(Rechecks rechecks) {
        this.rechecks = rechecks;
    }

    @Operation(summary = "Submit a re-check (复核) for a yellow or red code: {personId, statement, itinerary:[{place, from, to}]}; "
            + "409 when the code is green or a request is already pending")
    @PostMapping("/api/v1/health-code/rechecks")
    ResponseEntity<RecheckView> submit(@RequestBody NewRecheck request) {
        return ResponseEntity.status(201).body(rechecks.submit(Callers.require(), request));
    }

    @Operation(summary = "Decide a re-check: {approve, reason}; approving clears the reasons the policy lets a re-check clear "
            + "and recomputes the code (409 if a reason cannot be cleared this way); rejecting needs a reason")
    @PostMapping("/api/v1/health-code/rechecks/{id}/decision")
    RecheckView decide(@PathVariable long id, @RequestBody RecheckDecision decision) {
        return rechecks.decide(Callers.require(), id, decision);
    }
}
