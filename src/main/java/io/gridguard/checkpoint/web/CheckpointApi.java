package io.gridguard.checkpoint.web;

import java.time.LocalDate;

import io.gridguard.checkpoint.CheckpointFigures;
import io.gridguard.checkpoint.GateFigures;
import io.gridguard.checkpoint.GateScans;
import io.gridguard.checkpoint.GateThermometers;
import io.gridguard.checkpoint.ScanRequest;
import io.gridguard.checkpoint.ScanResult;
import io.gridguard.shared.Callers;
import io.gridguard.shared.web.HotBody;
import io.gridguard.shared.web.HotPath;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Checkpoints", description = "Gate scans: QR token or ID number, temperature, direction → PASS or DENY")
@RestController
class CheckpointApi {

    private final GateScans scans;
    private final GateFigures figures;
    private final GateThermometers thermometers;

    CheckpointApi(GateScans scans, GateFigures figures, GateThermometers thermometers) {
        this.scans = scans;
        this.figures = figures;
        this.thermometers = thermometers;
    }

    @Operation(summary = "The temperature a thermometer bound to the checkpoint read in the last 30 s `{temperature, at, deviceCode}` "
            + "(the person at the gate), for the scan; 404 when none did")
    @GetMapping("/api/v1/checkpoints/{id}/thermometer")
    GateThermometers.GateTemperature thermometer(@PathVariable long id) {
        return thermometers.latest(Callers.require(), id);
    }

    @Operation(summary = "A checkpoint's figures for a day (default today, district time): people, vehicles, passes, denials "
            + "by reason, scans per hour, and the 14 days up to it")
    @GetMapping("/api/v1/checkpoints/{id}/figures")
    CheckpointFigures figures(@PathVariable long id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return figures.figures(Callers.require(), id, date == null ? figures.today() : date);
    }

    @Operation(summary = "Check a person at a gate. A forged, expired or already used (replayed) token is stored and answered 201 DENY "
            + "(INVALID_TOKEN / EXPIRED_TOKEN / REPLAYED_TOKEN); a malformed request (no token and no ID, temperature missing or outside 30–45 °C) is 400.")
    @HotPath
    @PostMapping("/api/v1/checkpoints/{id}/scans")
    @ResponseStatus(HttpStatus.CREATED)
    // Not a ResponseEntity: Spring flushes those as soon as they are written, which sends the answer chunked, in two
    // writes to the socket instead of one (7% of the request threads' samples in a JFR recording of scans were that flush).
    ScanResult scan(@PathVariable long id,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ScanRequest.class))) @HotBody ScanRequest request) {
        return scans.scan(Callers.require(), id, request);
    }
}
