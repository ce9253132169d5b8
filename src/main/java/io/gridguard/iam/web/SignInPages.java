package io.gridguard.iam.web;

import java.util.List;

import io.gridguard.iam.ResidentSignIn;
import io.gridguard.iam.internal.CallerAuthentication;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.Problem;
import io.gridguard.shared.web.ProblemRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page, and residents' sign-in by a one-time code sent to their phone. */
@Controller
class SignInPages {

    private static final String VERIFIED_PHONE = "gridguard.verifiedPhone";
    private static final String NEXT = "gridguard.afterSignIn";
    /** Only pages of this site a resident is sent back to (a venue check-in, their own pages): no open redirect. */
    private static final java.util.regex.Pattern SAFE_NEXT = java.util.regex.Pattern.compile("/v/[A-Za-z0-9_-]{16,32}|/resident(/[a-z-]+)*");

    private final ResidentSignIn residents;
    private final SecurityContextRepository contexts;
    private final ProblemRenderer messages;

    SignInPages(ResidentSignIn residents, SecurityContextRepository contexts, ProblemRenderer messages) {
        this.residents = residents;
        this.contexts = contexts;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login() {
        return "iam/login";
    }

    /** {@code next}: where to go after signing in, e.g. back to the venue check-in page that sent the resident here. */
    @GetMapping("/resident/login")
    String residentLogin(@RequestParam(required = false) String next, HttpSession session) {
        if (next != null && SAFE_NEXT.matcher(next).matches()) {
            session.setAttribute(NEXT, next);
        }
        return "iam/resident-login";
    }

    @PostMapping("/resident/login/code")
    String sendCode(@RequestParam(required = false) String phone, Model model) {
        model.addAttribute("phone", phone);
        try {
            residents.sendCode(phone).ifPresent(code -> model.addAttribute("demoCode", code));
            model.addAttribute("codeSent", true);
        } catch (Problem problem) {
            model.addAttribute("error", messages.message(keyOf(problem), problem.args()));
        }
        return "iam/resident-login";
    }

    @PostMapping("/resident/login/verify")
    String verify(@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("codeSent", true);
        try {
            List<PersonRef> people = residents.verify(phone, code);
            if (people.isEmpty()) {
                model.addAttribute("error", messages.message("iam.code.wrong"));
                return "iam/resident-login";
            }
            if (people.size() == 1) {
                return signIn(people.getFirst(), phone, request, response);
            }
            request.getSession().setAttribute(VERIFIED_PHONE, phone);
            model.addAttribute("people", people);
            return "iam/resident-choose";
        } catch (Problem problem) {
            model.addAttribute("error", messages.message(keyOf(problem), problem.args()));
            return "iam/resident-login";
        }
    }

    /** A family sharing one phone: after the code, the person chooses who they are among that phone's people. */
    @PostMapping("/resident/login/choose")
    String choose(@RequestParam long personId, HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        Object phone = session.getAttribute(VERIFIED_PHONE);
        if (phone == null) {
            return "redirect:/resident/login";
        }
        var chosen = residentsOf(phone.toString()).stream().filter(p -> p.id() == personId).findFirst();
        if (chosen.isEmpty()) {
            return "redirect:/resident/login";
        }
        session.removeAttribute(VERIFIED_PHONE);
        return signIn(chosen.get(), phone.toString(), request, response);
    }

    private List<PersonRef> residentsOf(String phone) {
        return residents.peopleOf(phone);
    }

    private String signIn(PersonRef person, String phone, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CallerAuthentication.of(residents.callerFor(person, phone)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        Object next = request.getSession().getAttribute(NEXT);
        request.getSession().removeAttribute(NEXT);
        return "redirect:" + (next == null ? "/resident" : next);
    }

    private static String keyOf(Problem problem) {
        return problem instanceof Problem.Invalid invalid ? invalid.fieldErrors().getFirst().messageKey() : problem.messageKey();
    }
}
