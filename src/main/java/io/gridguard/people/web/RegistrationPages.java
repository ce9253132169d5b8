package io.gridguard.people.web;

import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.people.IdType;
import io.gridguard.people.RegistrationKind;
import io.gridguard.people.Registrations;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.QrImages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public self-registration form (no sign-in, reached from a community's QR poster), the poster
 * itself, and the clerk's list of pending registrations to confirm into a grid or reject with a reason.
 */
@Controller
class RegistrationPages {

    private static final Set<Role> CLERKS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF);

    private final Registrations registrations;
    private final Jurisdictions jurisdictions;

    RegistrationPages(Registrations registrations, Jurisdictions jurisdictions) {
        this.registrations = registrations;
        this.jurisdictions = jurisdictions;
    }

    @Bean
    static NavItem registrationsNav() {
        return new NavItem("nav.registrations", "/registrations", 30, CLERKS);
    }

    @GetMapping("/register")
    String form(@RequestParam(required = false) Long community, Model model) {
        var form = new RegistrationForm();
        form.setCommunityId(community);
        return form(model, form);
    }

    @PostMapping("/register")
    String submit(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model) {
        return FormErrors.submit(binding, null, () -> {
            registrations.submit(form.toSelfRegistration());
            return "people/register-done";
        }, () -> form(model, form));
    }

    @GetMapping("/register/qr.png")
    ResponseEntity<byte[]> qr(@RequestParam long community, HttpServletRequest request) {
        NodeView node = community(community);
        String url = ServletUriComponentsBuilder.fromContextPath(request).path("/register")
                .queryParam("community", node.id()).toUriString();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrImages.png(url, 480));
    }

    @GetMapping("/registrations/poster")
    String poster(@RequestParam long community, Model model) {
        Caller caller = Callers.require().require(CLERKS);
        model.addAttribute("community", jurisdictions.requireVisible(caller, community));
        return "people/poster";
    }

    @GetMapping("/registrations")
    String pending(@RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("result", registrations.pending(caller, PageRequest.of(page, 20)));
        model.addAttribute("communities", jurisdictions.visibleAt(caller, NodeLevel.COMMUNITY));
        model.addAttribute("gridNames", new GridNames(jurisdictions));
        model.addAttribute("jurisdictions", jurisdictions);
        return "people/registrations";
    }

    @PostMapping("/registrations/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) Long gridId, RedirectAttributes flash) {
        try {
            long personId = registrations.confirm(Callers.require(), id, gridId);
            flash.addFlashAttribute("confirmedPerson", personId);
        } catch (Problem.Invalid invalid) {
            flash.addFlashAttribute("errorKey", invalid.fieldErrors().getFirst().messageKey());
            flash.addFlashAttribute("errorId", id);
        }
        return "redirect:/registrations";
    }

    @PostMapping("/registrations/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            registrations.reject(Callers.require(), id, reason);
            flash.addFlashAttribute("rejected", id);
        } catch (Problem.Invalid invalid) {
            flash.addFlashAttribute("errorKey", invalid.fieldErrors().getFirst().messageKey());
            flash.addFlashAttribute("errorId", id);
        }
        return "redirect:/registrations";
    }

    private String form(Model model, RegistrationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("community", form.getCommunityId() == null ? null : jurisdictions.find(form.getCommunityId())
                .filter(n -> n.level() == NodeLevel.COMMUNITY).orElse(null));
        model.addAttribute("communities", jurisdictions.roots().stream()
                .flatMap(root -> jurisdictions.descendants(root.id(), NodeLevel.COMMUNITY).stream()).toList());
        model.addAttribute("kinds", RegistrationKind.values());
        model.addAttribute("idTypes", IdType.values());
        return "people/register";
    }

    private NodeView community(long id) {
        return jurisdictions.find(id).filter(n -> n.level() == NodeLevel.COMMUNITY)
                .orElseThrow(() -> new Problem.NotFound("registration.community.invalid"));
    }
}
