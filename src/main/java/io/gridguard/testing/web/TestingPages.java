package io.gridguard.testing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gridguard.healthcode.HealthCodeSettings;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.people.PersonTag;
import io.gridguard.testing.NewCampaign;
import io.gridguard.testing.TestPoint;
import io.gridguard.testing.TestResult;
import io.gridguard.testing.Testing;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up campaigns and test points, entering lab results (one tube, or a lab's file), and a campaign's coverage. */
@Controller
class TestingPages {

    private final Testing testing;
    private final Jurisdictions jurisdictions;
    private final HealthCodeSettings settings;
    private final ProblemRenderer messages;

    TestingPages(Testing testing, Jurisdictions jurisdictions, HealthCodeSettings settings, ProblemRenderer messages) {
        this.testing = testing;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.messages = messages;
    }

    @Bean
    static NavItem testingNav() {
        return new NavItem("nav.testing", "/testing", 29, Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.MEDICAL_STAFF));
    }

    @GetMapping("/testing")
    String home(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("campaigns", testing.campaigns(caller));
        model.addAttribute("points", testing.points(caller));
        List<NodeView> nodes = new ArrayList<>();
        for (NodeLevel level : List.of(NodeLevel.DISTRICT, NodeLevel.STREET, NodeLevel.COMMUNITY)) {
            nodes.addAll(jurisdictions.visibleAt(caller, level));
        }
        model.addAttribute("nodes", nodes);
        model.addAttribute("kinds", TestPoint.Kind.values());
        model.addAttribute("tags", PersonTag.values());
        model.addAttribute("results", TestResult.values());
        model.addAttribute("today", LocalDate.now(java.time.Clock.system(settings.zone())));
        return "testing/home";
    }

    @PostMapping("/testing/campaigns")
    String campaign(@RequestParam(required = false) String name, @RequestParam(required = false) Long nodeId,
                    @RequestParam(required = false) Long placeId, @RequestParam(required = false) PersonTag tag,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                    RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "errors",
                () -> testing.createCampaign(Callers.require(), new NewCampaign(name, nodeId, placeId, tag, dueDate)));
        return "redirect:/testing";
    }

    @PostMapping("/testing/points")
    String point(@RequestParam(required = false) String name, @RequestParam(required = false) TestPoint.Kind kind,
                 @RequestParam(required = false) Long nodeId, @RequestParam(required = false) String opens,
                 @RequestParam(required = false) String closes, RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "errors", () -> testing.createPoint(Callers.require(), name, kind, nodeId, opens, closes));
        return "redirect:/testing";
    }

    @PostMapping("/testing/results")
    String result(@RequestParam(required = false) String tube, @RequestParam(required = false) TestResult result,
                  RedirectAttributes flash) {
        FormErrors.attempt(flash, messages, "errors", () -> flash.addFlashAttribute("resulted",
                testing.result(Callers.require(), tube, result)));
        return "redirect:/testing#results";
    }

    @PostMapping("/testing/results/import")
    String importResults(@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        FormErrors.attempt(flash, messages, "errors", () -> flash.addFlashAttribute("imported",
                testing.importResults(Callers.require(), bytes)));
        return "redirect:/testing#results";
    }

    @GetMapping("/testing/campaigns/{id}")
    String coverage(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("campaign", testing.campaigns(caller).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new io.gridguard.shared.Problem.NotFound("testing.campaign.unknown", id)));
        model.addAttribute("units", testing.coverage(caller, id));
        return "testing/coverage";
    }
}
