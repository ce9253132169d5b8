package io.gridguard.healthcode.web;

import java.util.List;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.Policies;
import io.gridguard.healthcode.PolicyPreset;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The policy page's three steps for scripts and command systems: read, dry-run, publish (and watch the recompute). */
@Tag(name = "Health codes")
@RestController
class PolicyApi {

    /** A candidate: a preset applied to the policy in force, or a whole policy (its version is ignored). */
    record PolicyChange(PolicyPreset preset, HealthPolicy policy, String note) {
    }

    record InForce(HealthPolicy policy, Policies.Recompute recompute) {
    }

    record Change(Colour from, Colour to, long count) {
    }

    record DryRunResult(long examined, long changed, List<Change> changes, List<Policies.Sample> sample) {
    }

    private final Policies policies;

    PolicyApi(Policies policies) {
        this.policies = policies;
    }

    @Operation(summary = "The policy in force and the progress of the last recompute (district command)")
    @GetMapping("/api/v1/health-code/policy")
    InForce current() {
        return new InForce(policies.current(Callers.require()), policies.progress());
    }

    @Operation(summary = "How many codes the candidate would change, by direction, with a masked sample; writes nothing")
    @PostMapping("/api/v1/health-code/policy/dry-run")
    DryRunResult dryRun(@RequestBody PolicyChange change) {
        Policies.DryRun result = policies.dryRun(Callers.require(), candidate(change));
        return new DryRunResult(result.examined(), result.changed(), result.changes().entrySet().stream()
                .map(e -> new Change(e.getKey().from(), e.getKey().to(), e.getValue())).toList(), result.sample());
    }

    @Operation(summary = "Publish the candidate as the next version; every resident's code is recomputed in the background "
            + "(409 while the last recompute runs)")
    @PostMapping("/api/v1/health-code/policy")
    ResponseEntity<InForce> publish(@RequestBody PolicyChange change) {
        HealthPolicy published = policies.publish(Callers.require(), candidate(change), change.preset(), change.note());
        return ResponseEntity.status(201).body(new InForce(published, policies.progress()));
    }

    private HealthPolicy candidate(PolicyChange change) {
        if (change.policy() != null) {
            return change.policy();
        }
        if (change.preset() == null) {
            throw new Problem.Invalid("preset", "policy.api.presetOrPolicy");
        }
        return change.preset().apply(policies.current());
    }
}
