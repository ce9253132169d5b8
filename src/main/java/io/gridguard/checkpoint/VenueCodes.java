package io.gridguard.checkpoint;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.gridguard.checkpoint.internal.VenuePoster;
import io.gridguard.checkpoint.internal.VenueRepository;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Venue codes (场所码): every place can print a poster whose QR code leads a resident's phone to a check-in
 * page; the check-in is stored with the resident's code colour at that moment and shows them their code.
 * Check-ins, like gate scans, are what tracing reads to find who was where at the same time.
 */
@Service
public class VenueCodes {

    /** Staff who read a place's check-ins (who was there is personal data; lists are masked). */
    static final Set<Role> READERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.MEDICAL_STAFF);
    /** A second tap within this time is the same visit, not a new one. */
    static final Duration SAME_VISIT = Duration.ofMinutes(1);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VenueRepository venues;
    private final Places places;
    private final People people;
    private final HealthCodes codes;
    private final Clock clock;
    private final CheckpointSettings settings;

    VenueCodes(VenueRepository venues, Places places, People people, HealthCodes codes, Clock clock, CheckpointSettings settings) {
        this.settings = settings;
        this.venues = venues;
        this.places = places;
        this.people = people;
        this.codes = codes;
        this.clock = clock;
    }

    /** The place's venue code, created on first use, for staff covering the place or the place's own contact. */
    public String tokenFor(Caller caller, long placeId) {
        PlaceView place = places.requireVisible(caller, placeId);
        return venues.tokenOf(place.id()).orElseGet(() -> venues.createToken(place.id(), newToken(), caller.username(), clock.instant()));
    }

    /** The poster as PNG or PDF; {@code url} is the address its QR code opens, {@code lines} its text. */
    public byte[] poster(String url, List<String> lines, boolean pdf) {
        return pdf ? VenuePoster.pdf(url, lines) : VenuePoster.png(url, lines);
    }

    /** The place behind a scanned code; anyone may ask (the check-in page shows its name before sign-in). */
    public PlaceView venue(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new Problem.NotFound("venue.notFound", token);
        }
        return venues.placeOf(token).flatMap(places::find).orElseThrow(() -> new Problem.NotFound("venue.notFound", token));
    }

    public record CheckIn(long id, PlaceView place, Instant at, HealthCodeView code) {
    }

    /** A signed-in resident checks in; a second tap within a minute answers the same check-in. */
    public CheckIn checkIn(Caller caller, String token) {
        if (caller.role() != Role.RESIDENT || caller.personId() == null) {
            throw new io.gridguard.shared.AccessDenied("venue.residentsOnly");
        }
        PlaceView place = venue(token);
        long personId = caller.personId();
        Instant now = clock.instant();
        HealthCodeView code = codes.current(personId);
        var recent = venues.between(place.id(), now.minus(SAME_VISIT), now.plusSeconds(1), 200, 0).stream()
                .filter(row -> row.personId() == personId).findFirst();
        if (recent.isPresent()) {
            return new CheckIn(recent.get().id(), place, recent.get().at(), code);
        }
        return new CheckIn(venues.checkIn(place.id(), personId, now, code.colour()), place, now, code);
    }

    public record Visit(long id, String maskedName, String maskedIdNumber, Instant at, String colour) {
    }

    public boolean mayReadVisits(Caller caller) {
        return READERS.contains(caller.role());
    }

    /** Who checked in at the place in [from, to), newest first, masked; for staff covering the place. */
    public PageOf<Visit> visits(Caller caller, long placeId, Instant from, Instant to, PageRequest page) {
        caller.require(READERS);
        PlaceView place = places.requireVisible(caller, placeId);
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).toDays() > 31) {
            throw new Problem.Invalid("from", "venue.window");
        }
        List<Visit> items = venues.between(place.id(), from, to, page.size(), page.offset()).stream().map(row -> {
            PersonRef person = people.ref(row.personId()).orElse(new PersonRef(row.personId(), "?", "?", place.path()));
            return new Visit(row.id(), person.maskedName(), person.maskedIdNumber(), row.at(), row.colour().name());
        }).toList();
        return new PageOf<>(items, page.page(), page.size(), venues.count(place.id(), from, to));
    }

    /** The last 24 hours of check-ins, for the poster page. */
    public PageOf<Visit> recentVisits(Caller caller, long placeId, PageRequest page) {
        Instant now = clock.instant();
        return visits(caller, placeId, now.minus(Duration.ofDays(1)), now.plusSeconds(1), page);
    }

    /** Check-ins at the place today and in the last 14 days, for the poster page. */
    public long[] counts(Caller caller, long placeId) {
        PlaceView place = places.requireVisible(caller, placeId);
        Instant now = clock.instant();
        Instant dayStart = now.atZone(settings.zone()).toLocalDate().atStartOfDay(settings.zone()).toInstant();
        return new long[]{venues.count(place.id(), dayStart, now.plusSeconds(1)),
                venues.count(place.id(), dayStart.minus(Duration.ofDays(13)), now.plusSeconds(1))};
    }

    private static String newToken() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
