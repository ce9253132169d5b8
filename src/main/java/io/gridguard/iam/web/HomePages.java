package io.gridguard.iam.web;

import java.util.List;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonFilter;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home: who you are, where you work, your first figures, and the pages you can open. */
@Controller
class HomePages {

    private final Jurisdictions jurisdictions;
    private final People people;
    private final Places places;

    HomePages(Jurisdictions jurisdictions, People people, Places places) {
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.places = places;
    }

    @GetMapping("/")
    String home(Model model) {
        Caller caller = Callers.require();
        if (caller.role() == Role.RESIDENT) {
            return "redirect:/resident";
        }
        List<List<NodeView>> scopes = caller.nodes().stream().map(n -> jurisdictions.pathTo(n.id())).toList();
        model.addAttribute("scopes", scopes);
        model.addAttribute("place", caller.placeId() == null ? null : places.find(caller.placeId()).orElse(null));
        if (people.mayRead(caller)) {
            model.addAttribute("residents", people.page(caller, new PersonFilter(null, null, null, null, null), new PageRequest(0, 1)).total());
            model.addAttribute("floating", people.page(caller, new PersonFilter(null, null, null, true, null), new PageRequest(0, 1)).total());
        }
        return "iam/home";
    }

    @GetMapping("/resident")
    String resident(Model model) {
        Caller caller = Callers.require();
        model.addAttribute("person", people.open(caller, caller.personId()));
        return "iam/resident-home";
    }

    /** Any method: a refused form post is forwarded here as it came, and must be answered 403, not 405. */
    @org.springframework.web.bind.annotation.RequestMapping("/error/403")
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        return "error";
    }
}
