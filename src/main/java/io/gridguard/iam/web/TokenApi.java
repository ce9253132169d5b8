package io.gridguard.iam.web;

import io.gridguard.iam.internal.BearerTokens;
import io.gridguard.iam.internal.StaffAuthenticator;
import io.gridguard.shared.web.ProblemRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication")
@RestController
class TokenApi {

    private final StaffAuthenticator authenticator;
    private final BearerTokens tokens;
    private final ProblemRenderer problems;

    TokenApi(StaffAuthenticator authenticator, BearerTokens tokens, ProblemRenderer problems) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.problems = problems;
    }

    record Credentials(String username, String password) {
    }

    @Operation(summary = "Exchange a staff username and password for a bearer token; 401 when wrong, 429 when locked")
    @SecurityRequirements
    @PostMapping("/api/v1/auth/token")
    ResponseEntity<?> token(@RequestBody Credentials credentials) {
        try {
            var caller = authenticator.authenticate(credentials.username(), credentials.password());
            return ResponseEntity.ok(tokens.issue(caller));
        } catch (LockedException e) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "iam.signIn.locked");
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "iam.signIn.failed");
        }
    }

    private ResponseEntity<?> problem(HttpStatus status, String key) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.render(status, key, new Object[0], null));
    }
}
