package io.gridguard.tracing.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.tracing.KeyPersonImport;
import io.gridguard.tracing.KeyPersonLists;
import io.gridguard.tracing.VerificationOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Key persons", description = "Key-person lists from the upper level, their import reports, and grid workers' verifications")
@RestController
class KeyPersonApi {

    private static final int ROWS_IN_ANSWER = 1_000;

    private final KeyPersonLists lists;
    private final ProblemRenderer messages;

    KeyPersonApi(KeyPersonLists lists, ProblemRenderer messages) {
        this.lists = lists;
        this.messages = messages;
    }

    /** One row in an answer: its id (a verification's), its number in the file, ACCEPTED or REJECTED, and why, in the reader's language. */
    record RowAnswer(long id, int row, String status, String reason, String name, String idNumber, Long gridId, VerificationOutcome outcome) {
    }

    record ImportAnswer(long importId, String status, int total, int accepted, int matched, int rejected, List<RowAnswer> rows,
                        long rejectedListed) {
    }

    @Operation(summary = "Import a key-person list (multipart `file`: CSV, UTF-8 or GB18030, or XLSX; header row with "
            + "姓名/name, 身份证号/idNumber, 手机号/phone, 来源地/origin, 抵达日期/arrivalDate, 类别/category). Every row is "
            + "checked and matched to registered people by ID number; the answer lists the rejected rows (up to 1,000; all "
            + "through …/{id}/rows). The same file again answers the same import.")
    @PostMapping(path = "/api/v1/imports/key-persons", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportAnswer> upload(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new Problem.Invalid("file", "file.empty");
        }
        var caller = Callers.require();
        KeyPersonImport done = lists.importNow(caller, file.getOriginalFilename(), file.getBytes());
        var rejected = lists.rows(caller, done.importId(), "REJECTED", PageRequest.of(0, ROWS_IN_ANSWER));
        return ResponseEntity.status(201).body(new ImportAnswer(done.importId(), done.status(), done.total(), done.accepted(),
                done.matched(), done.rejected(), rejected.items().stream().map(this::answer).toList(), rejected.total()));
    }

    @Operation(summary = "An import's progress and figures, with completion per grid")
    @GetMapping("/api/v1/imports/key-persons/{id}")
    KeyPersonImport.Report report(@PathVariable long id) {
        return lists.report(Callers.require(), id);
    }

    @Operation(summary = "An import's rows in the caller's scope, all or by status (ACCEPTED, REJECTED, or UNPLACED: accepted, matching no "
            + "registered resident, in no grid yet), paged; people masked")
    @GetMapping("/api/v1/imports/key-persons/{id}/rows")
    PageOf<RowAnswer> rows(@PathVariable long id, @RequestParam(required = false) String status,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return lists.rows(Callers.require(), id, status, PageRequest.of(page, size)).map(this::answer);
    }

    @Operation(summary = "The rejected rows as they came, with the reason, as XLSX (audited)")
    @GetMapping("/api/v1/imports/key-persons/{id}/rejects.xlsx")
    ResponseEntity<byte[]> rejects(@PathVariable long id) {
        return KeyPersonPages.workbook(id, lists.rejectsWorkbook(Callers.require(), id, this::reason, KeyPersonPages.headings(messages)));
    }

    @Operation(summary = "The listed people the caller is to verify in their grids (not yet verified first)")
    @GetMapping("/api/v1/key-persons/verifications")
    Map<String, List<RowAnswer>> verifications() {
        return Map.of("items", lists.verifications(Callers.require()).stream().map(this::answer).toList());
    }

    record Outcome(VerificationOutcome outcome) {
    }

    @Operation(summary = "Record what the grid worker found: AT_HOME, LEFT_DISTRICT, WRONG_NUMBER or REFUSED")
    @PostMapping("/api/v1/key-persons/verifications/{rowId}")
    RowAnswer verify(@PathVariable long rowId, @RequestBody Outcome outcome) {
        return answer(lists.recordOutcome(Callers.require(), rowId, outcome.outcome()));
    }

    record Placement(Long gridId) {
    }

    @Operation(summary = "Place a listed person who matched no registered resident (status UNPLACED in …/rows) in a grid, "
            + "whose worker then verifies them; street staff place in their street's grids")
    @PostMapping("/api/v1/key-persons/verifications/{rowId}/grid")
    RowAnswer place(@PathVariable long rowId, @RequestBody Placement placement) {
        return answer(lists.place(Callers.require(), rowId, placement.gridId()));
    }

    private RowAnswer answer(KeyPersonImport.Row row) {
        return new RowAnswer(row.id(), row.row(), row.status(), reason(row.reasonKey(), row.reasonArg()), row.maskedName(),
                row.maskedIdNumber(), row.gridId(), row.outcome());
    }

    private String reason(String key, String arg) {
        return key == null ? null : messages.message(key, arg);
    }
}
