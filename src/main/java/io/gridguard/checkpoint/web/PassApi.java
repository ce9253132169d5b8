package io.gridguard.checkpoint.web;

import java.util.List;

import io.gridguard.checkpoint.Passes;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Checkpoints")
@RestController
class PassApi {

    record RosterAddition(String idNumber) {
    }

    private final Passes passes;

    PassApi(Passes passes) {
        this.passes = passes;
    }

    @Operation(summary = "A gate's rules besides code and temperature: {householdExits, everyDays} (going out needs a household "
            + "pass, that many exits per household every that many days) and/or {rosterSiteId} (coming in needs the site's roster)")
    @GetMapping("/api/v1/checkpoints/{id}/rules")
    Passes.GateRule rule(@PathVariable long id) {
        return passes.rule(Callers.require(), id);
    }

    @Operation(summary = "Set a gate's rules (staff covering the checkpoint); send nulls to lift them")
    @PutMapping("/api/v1/checkpoints/{id}/rules")
    Passes.GateRule setRule(@PathVariable long id, @RequestBody Passes.GateRule rule) {
        return passes.setRule(Callers.require(), id, rule);
    }

    @Operation(summary = "Issue a household pass (通行证) to one member: {householdId, holderId, validFrom, validTo} (at most 31 days)")
    @PostMapping("/api/v1/passes")
    ResponseEntity<Passes.PassView> issue(@RequestBody Passes.NewPass pass) {
        return ResponseEntity.status(201).body(passes.issue(Callers.require(), pass));
    }

    @Operation(summary = "A household's passes, newest first")
    @GetMapping("/api/v1/passes")
    List<Passes.PassView> ofHousehold(@RequestParam long householdId) {
        return passes.ofHousehold(Callers.require(), householdId);
    }

    @Operation(summary = "Revoke a pass (409 when it already was)")
    @PostMapping("/api/v1/passes/{id}/revoke")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        passes.revoke(Callers.require(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "An enterprise site's roster (who its park gate lets in), masked")
    @GetMapping("/api/v1/places/{id}/roster")
    PageOf<Passes.RosterMember> roster(@PathVariable long id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return passes.roster(Callers.require(), id, PageRequest.of(page, size));
    }

    @Operation(summary = "Put a worker on the site's roster by document number (409 when already on it)")
    @PostMapping("/api/v1/places/{id}/roster")
    ResponseEntity<Passes.RosterMember> add(@PathVariable long id, @RequestBody RosterAddition addition) {
        return ResponseEntity.status(201).body(passes.addToRoster(Callers.require(), id, addition.idNumber()));
    }

    @Operation(summary = "Take someone off the site's roster")
    @DeleteMapping("/api/v1/places/{id}/roster/{personId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long personId) {
        passes.removeFromRoster(Callers.require(), id, personId);
        return ResponseEntity.noContent().build();
    }
}
