package io.gridguard.people.web;

import java.util.Set;

import io.gridguard.people.MergeCandidates;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Records with the same name and phone: merge one into the other, or mark them as two people. */
@Controller
class MergePages {

    private final MergeCandidates candidates;

    MergePages(MergeCandidates candidates) {
        this.candidates = candidates;
    }

    @Bean
    static NavItem mergeNav() {
        return new NavItem("nav.merge", "/people/merge-candidates", 40,
                Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF));
    }

    @GetMapping("/people/merge-candidates")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", candidates.page(Callers.require(), PageRequest.of(page, 20)));
        return "people/merge";
    }

    @PostMapping("/people/merge-candidates/merge")
    String merge(@RequestParam long keepId, @RequestParam long mergeId, RedirectAttributes flash) {
        return act(flash, () -> candidates.merge(Callers.require(), keepId, mergeId), "people.merge.done");
    }

    @PostMapping("/people/merge-candidates/dismiss")
    String dismiss(@RequestParam long firstId, @RequestParam long secondId, RedirectAttributes flash) {
        return act(flash, () -> candidates.dismiss(Callers.require(), firstId, secondId), "people.merge.dismissed");
    }

    private static String act(RedirectAttributes flash, Runnable action, String doneKey) {
        try {
            action.run();
            flash.addFlashAttribute("messageKey", doneKey);
        } catch (Problem.Conflict conflict) {
            flash.addFlashAttribute("errorKey", conflict.messageKey());
        }
        return "redirect:/people/merge-candidates";
    }
}
