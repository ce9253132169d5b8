package io.gridguard.iam.web;

import java.util.List;

import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication")
@RestController
class MeApi {

    record Me(String username, String role, List<Long> nodes, Long departmentId, Long placeId) {
    }

    @Operation(summary = "Who the token or API key stands for: role and scope (no database access; also the benchmarks' baseline)")
    @GetMapping("/api/v1/me")
    Me me() {
        Caller caller = Callers.require();
        return new Me(caller.username(), caller.role().name(), caller.nodes().stream().map(n -> n.id()).toList(),
                caller.departmentId(), caller.placeId());
    }
}
