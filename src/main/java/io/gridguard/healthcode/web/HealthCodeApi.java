package io.gridguard.healthcode.web;

import java.time.Instant;
import java.util.List;

import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.NewFact;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.shared.web.QrImages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Health codes", description = "Colours with reasons, signed QR tokens, and the key to verify them offline")
@RestController
class HealthCodeApi {

    private final HealthCodes codes;
    private final ProblemRenderer messages;

    HealthCodeApi(HealthCodes codes, ProblemRenderer messages) {
        this.codes = codes;
        this.messages = messages;
    }

    record Reason(String code, String text) {
    }

    record CodeResponse(String colour, List<Reason> reasons, Instant since, Instant changesAt, String token,
                        Instant expiresAt, String qrUrl) {
    }

    record PublicKey(String algorithm, String publicKey, String encoding, String tokenFormat) {
    }

    @Operation(summary = "A person's colour with reasons, since when, and a fresh signed token (staff in scope, or the resident)")
    @GetMapping("/api/v1/people/{id}/health-code")
    CodeResponse code(@PathVariable long id) {
        var token = codes.issueTokenFor(Callers.require(), id);
        HealthCodeView code = codes.current(id);
        return new CodeResponse(code.colour().name(), reasons(code), code.since(), code.changesAt(), token.token(),
                token.expiresAt(), "/api/v1/people/" + id + "/health-code/qr.png");
    }

    @Operation(summary = "The person's QR code (PNG) with a fresh token")
    @GetMapping("/api/v1/people/{id}/health-code/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable long id) {
        return png(codes.issueTokenFor(Callers.require(), id).token());
    }

    @Operation(summary = "Record a fact by hand (district command, street/community staff, medical staff, in scope)")
    @PostMapping("/api/v1/health-code/facts")
    ResponseEntity<CodeResponse> record(@RequestBody NewFact fact) {
        Caller caller = Callers.require();
        HealthCodeView code = codes.record(caller, new NewFact(fact.personId(), fact.kind(), fact.occurredAt(),
                fact.source() == null ? "MANUAL" : fact.source(), fact.detail()));
        return ResponseEntity.status(201).body(new CodeResponse(code.colour().name(), reasons(code), code.since(),
                code.changesAt(), null, null, null));
    }

    @Operation(summary = "The Ed25519 public key a gate device uses to verify QR tokens offline")
    @SecurityRequirements
    @GetMapping("/api/v1/health-code/public-key")
    PublicKey publicKey() {
        return new PublicKey("Ed25519", codes.publicKey(), "X.509 SubjectPublicKeyInfo, base64",
                "GG2.<base64url(reference|issuedEpochSeconds|expiresEpochSeconds|G/Y/R|nonce)>.<base64url(Ed25519 signature of the payload bytes)>"
                        + ".<base64url(the platform's own seal, which a device does not check)>");
    }

    private List<Reason> reasons(HealthCodeView code) {
        return code.reasons().stream().map(k -> new Reason(k.name(), messages.message(k.messageKey()))).toList();
    }

    static ResponseEntity<byte[]> png(String token) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrImages.png(token, 360));
    }
}
