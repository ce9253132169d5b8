package io.gridguard.testing.web;

import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import io.gridguard.testing.NewSample;
import io.gridguard.testing.SampleTaken;
import io.gridguard.testing.Testing;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The sampler's phone page: campaign and point chosen once, then scan or type each person and the tube's barcode. */
@Controller
class SamplingPages {

    private final Testing testing;
    private final ProblemRenderer messages;

    SamplingPages(Testing testing, ProblemRenderer messages) {
        this.testing = testing;
        this.messages = messages;
    }

    @Bean
    static NavItem samplingNav() {
        return new NavItem("nav.sampling", "/testing/sample", 28, Testing.SAMPLERS);
    }

    @GetMapping("/testing/sample")
    String page(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long point,
                @RequestParam(required = false) String tube, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("campaigns", testing.campaigns(caller));
        model.addAttribute("points", testing.points(caller));
        model.addAttribute("recalls", testing.recalls(caller));
        model.addAttribute("campaign", campaign);
        model.addAttribute("point", point);
        model.addAttribute("tube", tube);
        return "testing/sample";
    }

    @PostMapping("/testing/sample")
    String sample(@RequestParam(required = false) Long campaign, @RequestParam(required = false) Long point,
                  @RequestParam(required = false) String tube, @RequestParam(required = false) String token,
                  @RequestParam(required = false) String idNumber, RedirectAttributes flash) {
        SampleTaken[] taken = new SampleTaken[1];
        if (FormErrors.attempt(flash, messages, "errors", () -> taken[0] = testing.sample(Callers.require(),
                new NewSample(campaign, point, tube, token, idNumber)))) {
            flash.addFlashAttribute("taken", taken[0]);
        }
        // a sealed tube is done: the next sample starts a new one, so the barcode field is emptied
        String keep = taken[0] != null && taken[0].sealed() ? null : tube;
        return "redirect:" + UriComponentsBuilder.fromPath("/testing/sample").queryParamIfPresent("campaign", java.util.Optional.ofNullable(campaign))
                .queryParamIfPresent("point", java.util.Optional.ofNullable(point))
                .queryParamIfPresent("tube", java.util.Optional.ofNullable(keep)).build().encode().toUriString();
    }
}
