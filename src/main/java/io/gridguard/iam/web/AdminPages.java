package io.gridguard.iam.web;

import java.util.Set;

import io.gridguard.iam.ApiKeys;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** District command's pages: the audit log and the API keys of machine clients. */
@Controller
class AdminPages {

    private static final Set<Role> COMMAND = Set.of(Role.DISTRICT_COMMAND);

    private final AuditTrail audit;
    private final ApiKeys apiKeys;
    private final Jurisdictions jurisdictions;

    AdminPages(AuditTrail audit, ApiKeys apiKeys, Jurisdictions jurisdictions) {
        this.audit = audit;
        this.apiKeys = apiKeys;
        this.jurisdictions = jurisdictions;
    }

    @Bean
    static NavItem auditNav() {
        return new NavItem("nav.audit", "/audit", 90, COMMAND);
    }

    @Bean
    static NavItem apiKeysNav() {
        return new NavItem("nav.apiKeys", "/admin/api-keys", 95, COMMAND);
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Callers.require().require(COMMAND);
        model.addAttribute("q", q);
        model.addAttribute("result", audit.entries(q, PageRequest.of(page, 50)));
        return "iam/audit";
    }

    @GetMapping("/admin/api-keys")
    String keys(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("keys", apiKeys.list(caller));
        model.addAttribute("roots", jurisdictions.treeFor(caller));
        model.addAttribute("jurisdictions", jurisdictions);
        return "iam/api-keys";
    }

    @PostMapping("/admin/api-keys")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long nodeId,
                  RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("created", apiKeys.create(Callers.require(), name, nodeId, null));
        } catch (Problem.Invalid invalid) {
            flash.addFlashAttribute("errorKey", invalid.fieldErrors().getFirst().messageKey());
        }
        return "redirect:/admin/api-keys";
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable long id) {
        apiKeys.revoke(Callers.require(), id);
        return "redirect:/admin/api-keys";
    }
}
