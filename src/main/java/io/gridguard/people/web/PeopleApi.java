package io.gridguard.people.web;

import java.net.URI;

import io.gridguard.people.NewPerson;
import io.gridguard.people.People;
import io.gridguard.people.PersonFilter;
import io.gridguard.people.PersonSummary;
import io.gridguard.people.PersonTag;
import io.gridguard.people.PersonView;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People", description = "Find and register people; lists are masked, full records are audited")
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    @Operation(summary = "Find people in the caller's scope by full ID number, phone, name prefix, grid or tag (masked)")
    @GetMapping
    PageOf<PersonSummary> find(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String q,
                               @RequestParam(required = false) Long gridId, @RequestParam(required = false) PersonTag tag,
                               @RequestParam(required = false) Boolean floating,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var filter = idNumber == null || idNumber.isBlank() ? new PersonFilter(q, gridId, tag, floating, null)
                : PersonFilter.byIdNumber(idNumber);
        return people.page(Callers.require(), filter, PageRequest.of(page, size));
    }

    @Operation(summary = "Register a person in a grid; 400 names each wrong field, 409 if the document is registered")
    @PostMapping
    ResponseEntity<PersonView> register(@RequestBody NewPerson person) {
        PersonView created = people.register(Callers.require(), person);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @Operation(summary = "A person's full record (the opening is written to the audit log)")
    @GetMapping("/{id}")
    PersonView open(@PathVariable long id) {
        return people.open(Callers.require(), id);
    }

    @Operation(summary = "Correct a person's record")
    @PutMapping("/{id}")
    PersonView update(@PathVariable long id, @RequestBody NewPerson person) {
        return people.update(Callers.require(), id, person);
    }
}
