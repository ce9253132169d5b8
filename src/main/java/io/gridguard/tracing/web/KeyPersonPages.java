package io.gridguard.tracing.web;

import java.io.IOException;
import java.util.List;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.tracing.KeyPersonLists;
import io.gridguard.tracing.VerificationOutcome;
import io.gridguard.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading a key-person list and following its import; the grid worker's verifications. */
@Controller
class KeyPersonPages {

    private final KeyPersonLists lists;
    private final Jurisdictions jurisdictions;
    private final ProblemRenderer messages;

    KeyPersonPages(KeyPersonLists lists, Jurisdictions jurisdictions, ProblemRenderer messages) {
        this.lists = lists;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @Bean
    static NavItem keyPersonNav() {
        return new NavItem("nav.keyPersons", "/tracing/key-persons", 26, KeyPersonLists.UPLOADERS);
    }

    @Bean
    static NavItem verificationNav() {
        return new NavItem("nav.verifications", "/tracing/verifications", 27, java.util.Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF));
    }

    @GetMapping("/tracing/key-persons")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", lists.page(Callers.require(), PageRequest.of(page, 20)));
        return "tracing/key-persons";
    }

    @PostMapping("/tracing/key-persons")
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        long[] id = new long[1];
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        boolean started = FormErrors.attempt(flash, messages, "uploadErrors", () -> id[0] = lists.start(Callers.require(), name, bytes));
        return started ? "redirect:/tracing/key-persons/" + id[0] : "redirect:/tracing/key-persons";
    }

    @GetMapping("/tracing/key-persons/{id}")
    String report(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("report", lists.report(caller, id));
        model.addAttribute("rejected", lists.rows(caller, id, "REJECTED", PageRequest.of(page, 50)));
        model.addAttribute("unplaced", lists.rows(caller, id, "UNPLACED", PageRequest.of(0, 50)));
        model.addAttribute("grids", jurisdictions.visibleAt(caller, NodeLevel.GRID));
        return "tracing/key-person-list";
    }

    @PostMapping("/tracing/key-persons/{id}/rows/{rowId}/grid")
    String place(@PathVariable long id, @PathVariable long rowId, @RequestParam(required = false) Long gridId, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "placeErrors", () -> lists.place(Callers.require(), rowId, gridId))) {
            flash.addFlashAttribute("done", messages.message("keyPersons.placed"));
        }
        return "redirect:/tracing/key-persons/" + id + "#unplaced";
    }

    /** The progress part alone, polled while the import runs. */
    @GetMapping("/tracing/key-persons/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("report", lists.report(Callers.require(), id));
        return "tracing/key-person-list :: progress";
    }

    @GetMapping("/tracing/key-persons/{id}/rejects.xlsx")
    ResponseEntity<byte[]> rejects(@PathVariable long id) {
        return workbook(id, lists.rejectsWorkbook(Callers.require(), id, (key, arg) -> key == null ? "" : messages.message(key, arg),
                headings(messages)));
    }

    @GetMapping("/tracing/verifications")
    String verifications(Model model) {
        model.addAttribute("rows", lists.verifications(Callers.require()));
        model.addAttribute("outcomes", VerificationOutcome.values());
        return "tracing/verifications";
    }

    @PostMapping("/tracing/verifications/{rowId}")
    String verify(@PathVariable long rowId, @RequestParam(required = false) VerificationOutcome outcome, RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "errors", () -> lists.recordOutcome(Callers.require(), rowId, outcome));
        return "redirect:/tracing/verifications#row-" + rowId;
    }

    static List<String> headings(ProblemRenderer messages) {
        return List.of("keyPersons.col.row", "keyPersons.col.name", "keyPersons.col.idNumber", "keyPersons.col.phone",
                "keyPersons.col.origin", "keyPersons.col.arrivalDate", "keyPersons.col.category", "keyPersons.col.reason")
                .stream().map(messages::message).toList();
    }

    static ResponseEntity<byte[]> workbook(long id, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rejected-" + id + ".xlsx\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }
}
