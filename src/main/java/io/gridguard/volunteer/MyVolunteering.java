package io.gridguard.volunteer;

import java.util.List;

/**
 * A resident's volunteering: the teams they are in (or applied to), the teams near them they could join, the coming
 * shifts of their teams, and their hours.
 */
public record MyVolunteering(List<Volunteer> memberships, List<Team> teamsToJoin, List<MyShift> shifts, long minutes) {

    /** A shift of one of their teams, and their own place on it (null when they have not taken it). */
    public record MyShift(Shift shift, Attendance mine) {
    }
}
