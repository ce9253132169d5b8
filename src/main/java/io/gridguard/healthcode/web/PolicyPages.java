package io.gridguard.healthcode.web;

import java.util.Set;

import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.Policies;
import io.gridguard.healthcode.PolicyPreset;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** District command's policy page: edit (or load a preset), dry-run, publish, watch the recompute. */
@Controller
class PolicyPages {

    private static final Set<Role> COMMAND = Set.of(Role.DISTRICT_COMMAND);

    private final Policies policies;

    PolicyPages(Policies policies) {
        this.policies = policies;
    }

    @Bean
    static NavItem policyNav() {
        return new NavItem("nav.policy", "/health-code/policy", 80, COMMAND);
    }

    @GetMapping("/health-code/policy")
    String edit(@RequestParam(required = false) PolicyPreset preset, Model model) {
        Caller caller = Callers.require().require(COMMAND);
        var inForce = policies.current();
        return page(model, caller, PolicyForm.of(preset == null ? inForce : preset.apply(inForce), preset));
    }

    @PostMapping("/health-code/policy/dry-run")
    String dryRun(@ModelAttribute("form") PolicyForm form, BindingResult binding, Model model) {
        Caller caller = Callers.require().require(COMMAND);
        return FormErrors.submit(binding, null, () -> {
            model.addAttribute("dryRun", policies.dryRun(caller, form.toPolicy(policies.current())));
            return page(model, caller, form);
        }, () -> page(model, caller, form));
    }

    @PostMapping("/health-code/policy/publish")
    String publish(@ModelAttribute("form") PolicyForm form, BindingResult binding, Model model) {
        Caller caller = Callers.require().require(COMMAND);
        return FormErrors.submit(binding, null, () -> {
            policies.publish(caller, form.toPolicy(policies.current()), form.getPreset(), form.getNote());
            return "redirect:/health-code/policy";
        }, () -> page(model, caller, form));
    }

    @GetMapping("/health-code/policy/progress")
    String progress(Model model) {
        Callers.require().require(COMMAND);
        model.addAttribute("recompute", policies.progress());
        return "healthcode/partials/recompute :: recompute";
    }

    private String page(Model model, Caller caller, PolicyForm form) {
        model.addAttribute("form", form);
        model.addAttribute("inForce", policies.current());
        model.addAttribute("versions", policies.versions(caller));
        model.addAttribute("kinds", FactKind.values());
        model.addAttribute("indicators", io.gridguard.healthcode.RiskIndicator.values());
        model.addAttribute("presets", PolicyPreset.values());
        model.addAttribute("recompute", policies.progress());
        return "healthcode/policy";
    }
}
