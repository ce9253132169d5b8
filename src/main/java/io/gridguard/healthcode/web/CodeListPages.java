package io.gridguard.healthcode.web;

import io.gridguard.healthcode.CodeLists;
import io.gridguard.healthcode.Colour;
import io.gridguard.shared.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who holds a red or yellow code in the caller's scope (the list behind the cockpit's codes figure). */
@Controller
class CodeListPages {

    private final CodeLists lists;
    private final io.gridguard.healthcode.HealthCodeSettings settings;

    CodeListPages(CodeLists lists, io.gridguard.healthcode.HealthCodeSettings settings) {
        this.lists = lists;
        this.settings = settings;
    }

    @GetMapping("/health-code/codes")
    String codes(@RequestParam(required = false) Long nodeId, @RequestParam(defaultValue = "RED") Colour colour,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", lists.ofColour(Callers.require(), nodeId, colour, page, 50));
        model.addAttribute("colour", colour);
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("zone", settings.zone());
        return "healthcode/codes";
    }
}
