package io.gridguard.checkpoint.web;

import java.util.List;

import io.gridguard.checkpoint.VenueCodes;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Venue codes: the poster page for the place's clerk or contact (PNG and PDF to print), and the check-in page a
 * resident's phone opens from the poster — public until the check-in itself, which needs the resident signed in.
 */
@Controller
class VenuePages {

    private final VenueCodes venues;
    private final Places places;
    private final ProblemRenderer messages;

    VenuePages(VenueCodes venues, Places places, ProblemRenderer messages) {
        this.venues = venues;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping("/jurisdiction/places/{id}/venue-code")
    String poster(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Caller caller = Callers.require();
        String token = venues.tokenFor(caller, id);
        model.addAttribute("place", places.requireVisible(caller, id));
        model.addAttribute("url", url(token));
        model.addAttribute("counts", venues.counts(caller, id));
        if (venues.mayReadVisits(caller)) {
            model.addAttribute("visits", venues.recentVisits(caller, id, PageRequest.of(page, 20)));
        }
        return "checkpoint/venue";
    }

    @GetMapping("/jurisdiction/places/{id}/venue-code/poster.png")
    ResponseEntity<byte[]> png(@PathVariable long id) {
        return poster(id, false);
    }

    @GetMapping("/jurisdiction/places/{id}/venue-code/poster.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return poster(id, true);
    }

    private ResponseEntity<byte[]> poster(long id, boolean pdf) {
        Caller caller = Callers.require();
        String token = venues.tokenFor(caller, id);
        PlaceView place = places.requireVisible(caller, id);
        List<String> lines = List.of(messages.message("venue.poster.title"), place.name(), messages.message("venue.poster.hint"));
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("venue-" + place.id() + (pdf ? ".pdf" : ".png")).build().toString())
                .body(venues.poster(url(token), lines, pdf));
    }

    @GetMapping("/v/{token}")
    String venue(@PathVariable String token, Model model) {
        model.addAttribute("place", venues.venue(token));
        model.addAttribute("token", token);
        model.addAttribute("resident", Callers.current().filter(c -> c.role() == Role.RESIDENT).isPresent());
        return "checkpoint/check-in";
    }

    @PostMapping("/v/{token}")
    String checkIn(@PathVariable String token, Model model) {
        model.addAttribute("checkIn", venues.checkIn(Callers.require(), token));
        model.addAttribute("token", token);
        return "checkpoint/checked-in";
    }

    private static String url(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/v/{token}").buildAndExpand(token).toUriString();
    }
}
