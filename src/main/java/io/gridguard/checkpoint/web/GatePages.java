package io.gridguard.checkpoint.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.GateScans;
import io.gridguard.checkpoint.GateThermometers;
import io.gridguard.checkpoint.ScanRequest;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The operator's gate page (phone first): the QR text from a USB/Bluetooth scanner typed into the focused
 * field, or an ID number for people without a phone; the temperature; the direction. The decision appears
 * at once, large and coloured, and the form is ready for the next person.
 */
@Controller
class GatePages {

    private final GateScans scans;
    private final io.gridguard.checkpoint.GateFigures figures;
    private final GateThermometers thermometers;
    private final ProblemRenderer messages;

    GatePages(GateScans scans, io.gridguard.checkpoint.GateFigures figures, GateThermometers thermometers,
              ProblemRenderer messages) {
        this.scans = scans;
        this.figures = figures;
        this.thermometers = thermometers;
        this.messages = messages;
    }

    /** The gate page's "read the thermometer" button: the reading as JSON, or why there is none in the reader's words. */
    @GetMapping(path = "/gate/thermometer", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, String>> thermometer() {
        Caller caller = Callers.require();
        try {
            var reading = thermometers.latest(caller, caller.placeId() == null ? -1 : caller.placeId());
            return ResponseEntity.ok(Map.of("temperature", reading.temperature().toPlainString(),
                    "deviceCode", reading.deviceCode()));
        } catch (Problem.NotFound none) {
            return ResponseEntity.status(404).body(Map.of("message", messages.message(none.messageKey(), none.args())));
        }
    }

    @GetMapping("/checkpoints/{id}/figures")
    String figures(@org.springframework.web.bind.annotation.PathVariable long id,
                   @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                           iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date,
                   Model model) {
        model.addAttribute("figures", figures.figures(Callers.require(), id, date == null ? figures.today() : date));
        return "checkpoint/figures";
    }

    @Bean
    static NavItem gateNav() {
        return new NavItem("nav.gate", "/gate", 1, Set.of(Role.CHECKPOINT_OPERATOR));
    }

    @GetMapping("/gate")
    String gate(Model model) {
        Caller caller = Callers.require();
        if (caller.placeId() == null) {
            throw new io.gridguard.shared.AccessDenied("checkpoint.notYours");
        }
        model.addAttribute("checkpoint", scans.checkpoint(caller, caller.placeId()));
        return "checkpoint/gate";
    }

    @PostMapping("/gate/scan")
    String scan(@RequestParam(required = false) String token, @RequestParam(required = false) String idNumber,
                @RequestParam(required = false) BigDecimal temperature, @RequestParam(required = false) Direction direction,
                @RequestParam(required = false) String plate, Model model) {
        Caller caller = Callers.require();
        try {
            model.addAttribute("result", scans.scan(caller, caller.placeId() == null ? -1 : caller.placeId(),
                    new ScanRequest(token, idNumber, temperature, direction, plate)));
        } catch (Problem.Invalid invalid) {
            model.addAttribute("errors", messages.messages(invalid));
        }
        return "checkpoint/partials/result :: result";
    }
}
