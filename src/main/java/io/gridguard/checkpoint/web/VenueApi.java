package io.gridguard.checkpoint.web;

import java.time.Instant;

import io.gridguard.checkpoint.VenueCodes;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Checkpoints")
@RestController
class VenueApi {

    private final VenueCodes venues;

    VenueApi(VenueCodes venues) {
        this.venues = venues;
    }

    @Operation(summary = "Venue-code check-ins at a place in [from, to) (at most 31 days), newest first, masked; "
            + "for district, street and community staff covering the place and medical staff")
    @GetMapping("/api/v1/places/{id}/check-ins")
    PageOf<VenueCodes.Visit> checkIns(@PathVariable long id, @RequestParam Instant from, @RequestParam Instant to,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return venues.visits(Callers.require(), id, from, to, PageRequest.of(page, size));
    }
}
