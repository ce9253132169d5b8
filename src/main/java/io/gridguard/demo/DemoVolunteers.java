package io.gridguard.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonFilter;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.shared.ScopeNode;
import io.gridguard.volunteer.Enrolment;
import io.gridguard.volunteer.NewShift;
import io.gridguard.volunteer.NewTeam;
import io.gridguard.volunteer.Shift;
import io.gridguard.volunteer.VolunteerSettings;
import io.gridguard.volunteer.Volunteers;
import org.springframework.stereotype.Component;

/**
 * The demo's volunteers: a team for each community with a checkpoint, six residents of the checkpoint's grid in it, the
 * gate staffed in three shifts a day (08–14, 14–20, 20–08) from yesterday night to tomorrow, two volunteers each, and
 * those of the shift running now checked in — so the cockpit has volunteers on duty from the first start.
 */
@Component
class DemoVolunteers {

    private static final int PER_CHECKPOINT = 6;
    private static final int PER_SHIFT = 2;
    private static final int[][] SHIFTS = {{8, 6}, {14, 6}, {20, 12}};

    private final Volunteers volunteers;
    private final Places places;
    private final People people;
    private final Jurisdictions jurisdictions;
    private final VolunteerSettings settings;
    private final Clock clock;

    DemoVolunteers(Volunteers volunteers, Places places, People people, Jurisdictions jurisdictions, VolunteerSettings settings, Clock clock) {
        this.volunteers = volunteers;
        this.places = places;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.clock = clock;
    }

    void generate(long districtId, List<Long> checkpoints) {
        Caller command = new Caller("demo", "demo", Role.DISTRICT_COMMAND, List.of(new ScopeNode(NodeLevel.DISTRICT, districtId)),
                null, null, null);
        Map<Long, Long> teamOfCommunity = new HashMap<>();
        Map<Long, Integer> pageOfGrid = new HashMap<>();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        for (long checkpointId : checkpoints) {
            PlaceView checkpoint = places.place(checkpointId);
            long community = checkpoint.path().communityId();
            long team = teamOfCommunity.computeIfAbsent(community, c -> volunteers.createTeam(command,
                    new NewTeam(jurisdictions.node(c).name() + "志愿者服务队", c)).id());
            // two checkpoints in one grid take different neighbours
            int page = pageOfGrid.merge(checkpoint.path().gridId(), 1, Integer::sum) - 1;
            List<Long> members = people.page(command, new PersonFilter(null, checkpoint.path().gridId(), null, null, null),
                    new PageRequest(page, PER_CHECKPOINT)).items().stream()
                    .map(p -> volunteers.enrol(command, new Enrolment(team, p.id(), null)).id()).toList();
            for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
                for (int s = 0; s < SHIFTS.length; s++) {
                    ZonedDateTime start = day.atTime(LocalTime.of(SHIFTS[s][0], 0)).atZone(settings.zone());
                    Instant startsAt = start.toInstant();
                    Instant endsAt = start.plusHours(SHIFTS[s][1]).toInstant();
                    if (!endsAt.isAfter(now)) {
                        continue;
                    }
                    Shift shift = volunteers.publish(command, new NewShift(team, checkpointId, startsAt, endsAt, PER_SHIFT));
                    for (int k = 0; k < PER_SHIFT && s * PER_SHIFT + k < members.size(); k++) {
                        long volunteer = members.get(s * PER_SHIFT + k);
                        volunteers.take(command, shift.id(), volunteer);
                        if (!startsAt.isAfter(now)) {
                            volunteers.checkIn(command, shift.id(), volunteer);
                        }
                    }
                }
            }
        }
    }
}
