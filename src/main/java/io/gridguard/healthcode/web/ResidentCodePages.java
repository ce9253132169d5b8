package io.gridguard.healthcode.web;

import java.util.Set;

import io.gridguard.healthcode.HealthCodes;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The resident's own code on their phone: a large QR that renews itself, the colour, reasons and history. */
@Controller
class ResidentCodePages {

    private final HealthCodes codes;
    private final io.gridguard.healthcode.Rechecks rechecks;
    private final io.gridguard.healthcode.RiskAreas riskAreas;

    private final ProblemRenderer messages;
    private final io.gridguard.healthcode.DailyCheckIns checkIns;

    ResidentCodePages(HealthCodes codes, io.gridguard.healthcode.Rechecks rechecks, io.gridguard.healthcode.RiskAreas riskAreas,
                      ProblemRenderer messages, io.gridguard.healthcode.DailyCheckIns checkIns) {
        this.checkIns = checkIns;
        this.messages = messages;
        this.codes = codes;
        this.rechecks = rechecks;
        this.riskAreas = riskAreas;
    }

    @Bean
    static NavItem myCodeNav() {
        return new NavItem("nav.myCode", "/resident/code", 5, Set.of(Role.RESIDENT));
    }

    @GetMapping("/resident/code")
    String code(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("code", codes.currentFor(caller, caller.personId()));
        model.addAttribute("history", codes.history(caller, caller.personId()));
        model.addAttribute("rechecks", rechecks.mine(caller));
        model.addAttribute("riskAreas", riskAreas.all());
        model.addAttribute("refreshSeconds", Math.max(30, codes.tokenTtl().toSeconds() / 2));
        model.addAttribute("checkIns", checkIns.recent(caller.personId()));
        model.addAttribute("symptoms", io.gridguard.healthcode.Symptom.values());
        return "healthcode/resident-code";
    }

    @PostMapping("/resident/check-in")
    String checkIn(@RequestParam(required = false) java.math.BigDecimal temperature,
                   @RequestParam(required = false) Set<io.gridguard.healthcode.Symptom> symptom, RedirectAttributes flash) {
        if (FormErrors.attempt(flash, messages, "checkInErrors", () -> checkIns.checkIn(Callers.require(), temperature, symptom))) {
            flash.addFlashAttribute("checkInDone", true);
        }
        return "redirect:/resident/code#check-in";
    }

    @GetMapping("/resident/code/qr.png")
    ResponseEntity<byte[]> qr() {
        Caller caller = Callers.require();
        return HealthCodeApi.png(codes.issueTokenFor(caller, caller.personId()).token());
    }
}
