package io.gridguard.people.web;

import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.people.Gender;
import io.gridguard.people.IdType;
import io.gridguard.people.People;
import io.gridguard.people.PersonFilter;
import io.gridguard.people.PersonTag;
import io.gridguard.people.PersonView;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** People: the masked list with search (htmx), the audited full record, register and edit. */
@Controller
class PeoplePages {

    private final People people;
    private final Jurisdictions jurisdictions;

    PeoplePages(People people, Jurisdictions jurisdictions) {
        this.people = people;
        this.jurisdictions = jurisdictions;
    }

    @Bean
    static NavItem peopleNav() {
        return new NavItem("nav.people", "/people", 10, Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF,
                Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.MEDICAL_STAFF, Role.COUNSELOR, Role.SOCIAL_WORKER));
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long gridId,
                @RequestParam(required = false) PersonTag tag, @RequestParam(required = false) Boolean floating,
                @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Caller caller = Callers.require();
        model.addAttribute("result", people.page(caller, new PersonFilter(q, gridId, tag, floating, null), PageRequest.of(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("gridId", gridId);
        model.addAttribute("tag", tag);
        model.addAttribute("floating", floating);
        model.addAttribute("tags", PersonTag.values());
        model.addAttribute("grids", jurisdictions.visibleAt(caller, NodeLevel.GRID));
        model.addAttribute("gridNames", new GridNames(jurisdictions));
        model.addAttribute("mayWrite", people.mayWrite(caller));
        return htmx != null ? "people/partials/rows :: rows" : "people/list";
    }

    @GetMapping("/people/{id}")
    String detail(@PathVariable long id, Model model) {
        Caller caller = Callers.require();
        PersonView person = people.open(caller, id);
        model.addAttribute("person", person);
        model.addAttribute("path", jurisdictions.pathTo(person.path().gridId()));
        model.addAttribute("household", person.householdId() == null || !people.mayRead(caller) ? java.util.List.of()
                : people.household(caller, person.householdId()).stream().filter(p -> p.id() != id).toList());
        model.addAttribute("mayWrite", people.mayWrite(caller));
        return "people/detail";
    }

    @GetMapping("/people/new")
    String newPerson(@RequestParam(required = false) Long gridId, @RequestParam(required = false) Long householdId, Model model) {
        var form = new PersonForm();
        form.setGridId(gridId);
        form.setHouseholdId(householdId);
        return form(model, form, null);
    }

    @PostMapping("/people")
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        return FormErrors.submit(binding, "idNumber",
                () -> "redirect:/people/" + people.register(Callers.require(), form.toNewPerson()).id(),
                () -> form(model, form, null));
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, PersonForm.of(people.open(Callers.require(), id)), id);
    }

    @PostMapping("/people/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        return FormErrors.submit(binding, "idNumber",
                () -> "redirect:/people/" + people.update(Callers.require(), id, form.toNewPerson()).id(),
                () -> form(model, form, id));
    }

    private String form(Model model, PersonForm form, Long id) {
        Caller caller = Callers.require();
        if (!people.mayWrite(caller)) {
            throw new io.gridguard.shared.AccessDenied("error.access.role");
        }
        model.addAttribute("form", form);
        model.addAttribute("personId", id);
        model.addAttribute("grids", jurisdictions.visibleAt(caller, NodeLevel.GRID));
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("tags", PersonTag.values());
        return "people/form";
    }
}
