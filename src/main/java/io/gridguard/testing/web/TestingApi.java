package io.gridguard.testing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.shared.Callers;
import io.gridguard.testing.Campaign;
import io.gridguard.testing.NewCampaign;
import io.gridguard.testing.NewSample;
import io.gridguard.testing.SampleTaken;
import io.gridguard.testing.TestPoint;
import io.gridguard.testing.TestResult;
import io.gridguard.testing.Testing;
import io.gridguard.testing.TubeResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Testing", description = "Campaigns, test points, pooled samples, lab results, recalls, coverage")
@RestController
class TestingApi {

    private final Testing testing;
    private final HealthCodeSettings settings;
    private final io.gridguard.shared.web.ProblemRenderer messages;

    TestingApi(Testing testing, HealthCodeSettings settings, io.gridguard.shared.web.ProblemRenderer messages) {
        this.testing = testing;
        this.messages = messages;
        this.settings = settings;
    }

    @Operation(summary = "A campaign `{name, nodeId, placeId?, tag?, dueDate}`: everyone living under nodeId — only in the place "
            + "placeId (a compound, a building) and only those with the tag, when given — to be tested by dueDate "
            + "(district command, street staff)")
    @PostMapping("/api/v1/testing/campaigns")
    ResponseEntity<Campaign> campaign(@RequestBody NewCampaign command) {
        return ResponseEntity.status(201).body(testing.createCampaign(Callers.require(), command));
    }

    @GetMapping("/api/v1/testing/campaigns")
    Map<String, List<Campaign>> campaigns() {
        return Map.of("items", testing.campaigns(Callers.require()));
    }

    record NewPoint(String name, TestPoint.Kind kind, Long nodeId, String opens, String closes) {
    }

    @Operation(summary = "A test point, FIXED or MOBILE, in a node, with opening hours HH:mm")
    @PostMapping("/api/v1/testing/points")
    ResponseEntity<TestPoint> point(@RequestBody NewPoint command) {
        return ResponseEntity.status(201).body(testing.createPoint(Callers.require(), command.name(), command.kind(), command.nodeId(),
                command.opens(), command.closes()));
    }

    @GetMapping("/api/v1/testing/points")
    Map<String, List<TestPoint>> points() {
        return Map.of("items", testing.points(Callers.require()));
    }

    @Operation(summary = "A sample `{campaignId, pointId, tube, token | idNumber}`: pooled by the person's code (green 10 in 1, "
            + "yellow 5 in 1, red alone); a full tube is sealed; 409 when the person was sampled in this campaign, the tube is "
            + "full, resulted, of another risk, point or campaign")
    @PostMapping("/api/v1/testing/samples")
    ResponseEntity<SampleTaken> sample(@RequestBody NewSample command) {
        return ResponseEntity.status(201).body(testing.sample(Callers.require(), command));
    }

    record Result(String tube, TestResult result) {
    }

    @Operation(summary = "A tube's lab result `{tube, result: NEGATIVE|POSITIVE}`: each person in it gets TEST_NEGATIVE, "
            + "TEST_POSITIVE (alone in the tube) or POOL_POSITIVE (a pool; recalled for a single-tube retest)")
    @PostMapping("/api/v1/testing/results")
    TubeResult result(@RequestBody Result result) {
        return testing.result(Callers.require(), result.tube(), result.result());
    }

    record ImportedRow(int row, String tube, String status, String reason) {
    }

    record ResultsAnswer(int applied, int rejected, List<ImportedRow> rows) {
    }

    @Operation(summary = "A lab's results as a file (multipart `file`, CSV or XLSX; columns 管号/tube, 结果/result: 阴性/阳性 or "
            + "NEGATIVE/POSITIVE): each row applied as POST /results would; a row that cannot be is reported with the reason "
            + "and changes nothing")
    @PostMapping(path = "/api/v1/testing/results/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    ResultsAnswer importResults(@org.springframework.web.bind.annotation.RequestPart(name = "file", required = false)
                                org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        var done = testing.importResults(Callers.require(), file == null ? new byte[0] : file.getBytes());
        return new ResultsAnswer(done.applied(), done.rejected(), done.rows().stream()
                .map(r -> new ImportedRow(r.row(), r.tube(), r.status(), r.reasonKey() == null ? null : messages.message(r.reasonKey(), r.reasonArg())))
                .toList());
    }

    @Operation(summary = "Members of positive pools in the caller's jurisdiction still to be retested alone")
    @GetMapping("/api/v1/testing/recalls")
    Map<String, List<Testing.RecallView>> recalls() {
        return Map.of("items", testing.recalls(Callers.require()));
    }

    @Operation(summary = "A campaign's coverage: people due and how many of them were sampled, per grid (unit GRID) or, for a "
            + "campaign for one place, per building of it (unit PLACE)")
    @GetMapping("/api/v1/testing/campaigns/{id}/coverage")
    Map<String, List<Testing.CoverageUnit>> coverage(@PathVariable long id) {
        return Map.of("items", testing.coverage(Callers.require(), id));
    }

    @Operation(summary = "Samples a point took per hour of a day (district time; default today)")
    @GetMapping("/api/v1/testing/points/{id}/throughput")
    Map<Integer, Long> throughput(@PathVariable long id,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? LocalDate.now(java.time.Clock.system(settings.zone())) : date;
        return testing.throughput(Callers.require(), id, day, settings.zone());
    }
}
