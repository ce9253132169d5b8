package io.gridguard.volunteer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.volunteer.Enrolment;
import io.gridguard.volunteer.MyVolunteering;
import io.gridguard.volunteer.NewShift;
import io.gridguard.volunteer.NewTeam;
import io.gridguard.volunteer.OnDuty;
import io.gridguard.volunteer.Shift;
import io.gridguard.volunteer.Team;
import io.gridguard.volunteer.TeamFigures;
import io.gridguard.volunteer.Volunteer;
import io.gridguard.volunteer.VolunteerStatus;
import io.gridguard.volunteer.Volunteers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Volunteers", description = "Teams, members, shifts at places, check-in/out, the hours ledger, who is on duty, figures per team")
@RestController
class VolunteerApi {

    private final Volunteers volunteers;

    VolunteerApi(Volunteers volunteers) {
        this.volunteers = volunteers;
    }

    @Operation(summary = "Teams: staff see the communities' teams in their scope, a resident the teams of their street")
    @GetMapping("/api/v1/volunteer-teams")
    List<Team> teams() {
        return volunteers.teams(Callers.require());
    }

    @Operation(summary = "A team `{name, communityId}` of a community in the caller's scope (community, street, district staff); 409 when the community has a team of that name")
    @PostMapping("/api/v1/volunteer-teams")
    ResponseEntity<Team> createTeam(@RequestBody NewTeam team) {
        return ResponseEntity.status(201).body(volunteers.createTeam(Callers.require(), team));
    }

    @Operation(summary = "Join a team `{teamId, skills?, personId?}`: a resident applies to a team of their street (APPLIED); staff enrol "
            + "a person in their scope (ACTIVE); 409 when already in the team")
    @PostMapping("/api/v1/volunteers")
    ResponseEntity<Volunteer> enrol(@RequestBody Enrolment enrolment) {
        return ResponseEntity.status(201).body(volunteers.enrol(Callers.require(), enrolment));
    }

    @Operation(summary = "Members of the teams in the caller's scope, applications first (names and ID numbers masked)")
    @GetMapping("/api/v1/volunteers")
    PageOf<Volunteer> members(@RequestParam(required = false) Long teamId, @RequestParam(required = false) VolunteerStatus status,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return volunteers.members(Callers.require(), teamId, status, PageRequest.of(page, size));
    }

    record Decision(Boolean approve, String reason) {
    }

    @Operation(summary = "Decide an application `{approve, reason}` (a reason is needed to turn it down); 409 when already decided")
    @PostMapping("/api/v1/volunteers/{id}/decision")
    Volunteer decide(@PathVariable long id, @RequestBody Decision decision) {
        return volunteers.decide(Callers.require(), id, decision.approve(), decision.reason());
    }

    record Correction(Integer minutes, String note) {
    }

    @Operation(summary = "Correct the hours ledger `{minutes (±, at most a day), note}`; the total cannot go below zero")
    @PostMapping("/api/v1/volunteers/{id}/hours")
    Volunteer correct(@PathVariable long id, @RequestBody Correction correction) {
        return volunteers.correctHours(Callers.require(), id, correction.minutes(), correction.note());
    }

    @Operation(summary = "Who is on duty now (checked in, not out) at places under the caller's scope or a node inside it")
    @GetMapping("/api/v1/volunteers/on-duty")
    List<OnDuty> onDuty(@RequestParam(required = false) Long nodeId) {
        return volunteers.onDuty(Callers.require(), nodeId);
    }

    @Operation(summary = "Per team: active volunteers, shifts, check-ins and hours over the days [from, to] (default the last 7), and hours ever")
    @GetMapping("/api/v1/volunteers/figures")
    TeamFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = volunteers.today();
        return volunteers.figures(Callers.require(), from == null ? today.minusDays(6) : from, to == null ? today : to);
    }

    @Operation(summary = "A resident's volunteering: their teams, teams to join, their teams' shifts of the coming week, their hours")
    @GetMapping("/api/v1/me/volunteer")
    MyVolunteering mine() {
        return volunteers.mine(Callers.require());
    }

    @Operation(summary = "Shifts overlapping [from, to) (default: from now for a day): staff's at places in scope, a checkpoint "
            + "operator's at their checkpoint, a resident's of their teams in the coming week")
    @GetMapping("/api/v1/volunteer-shifts")
    List<Shift> shifts(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        return volunteers.shifts(Callers.require(), from, to);
    }

    @Operation(summary = "Publish a shift `{teamId, placeId, startsAt, endsAt, slots}` at a place in scope (at most 12 h, ending in the future, 1–100 slots)")
    @PostMapping("/api/v1/volunteer-shifts")
    ResponseEntity<Shift> publish(@RequestBody NewShift shift) {
        return ResponseEntity.status(201).body(volunteers.publish(Callers.require(), shift));
    }

    @Operation(summary = "One shift with who took it")
    @GetMapping("/api/v1/volunteer-shifts/{id}")
    Shift shift(@PathVariable long id) {
        return volunteers.shift(Callers.require(), id);
    }

    record Who(Long volunteerId) {
    }

    @Operation(summary = "Take a slot `{volunteerId?}` (a resident for themself; staff for a member of the shift's team); 409 when "
            + "full, over, taken already or overlapping another shift of the same person")
    @PostMapping("/api/v1/volunteer-shifts/{id}/assignments")
    ResponseEntity<Shift> take(@PathVariable long id, @RequestBody(required = false) Who who) {
        return ResponseEntity.status(201).body(volunteers.take(Callers.require(), id, who == null ? null : who.volunteerId()));
    }

    @Operation(summary = "Give a slot back before checking in (volunteerId: the member; a resident gives back their own)")
    @DeleteMapping("/api/v1/volunteer-shifts/{id}/assignments/{volunteerId}")
    ResponseEntity<Void> release(@PathVariable long id, @PathVariable long volunteerId) {
        volunteers.release(Callers.require(), id, volunteerId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Check in `{volunteerId?}`, from 30 minutes before the start until the end: the volunteer, staff over the "
            + "place, or the checkpoint's operator")
    @PostMapping("/api/v1/volunteer-shifts/{id}/check-in")
    Shift checkIn(@PathVariable long id, @RequestBody(required = false) Who who) {
        return volunteers.checkIn(Callers.require(), id, who == null ? null : who.volunteerId());
    }

    @Operation(summary = "Check out `{volunteerId?}`: the time since check-in goes into the hours ledger")
    @PostMapping("/api/v1/volunteer-shifts/{id}/check-out")
    Shift checkOut(@PathVariable long id, @RequestBody(required = false) Who who) {
        return volunteers.checkOut(Callers.require(), id, who == null ? null : who.volunteerId());
    }
}
