package io.gridguard.volunteer;

import java.time.Instant;

/**
 * Someone in a team, named as lists name people (name and ID number masked).
 *
 * @param minutes the hours ledger's total for this membership, in minutes
 */
public record Volunteer(long id, long personId, String name, String idNumber, long teamId, String teamName, VolunteerStatus status,
                        String skills, Instant appliedAt, String decidedBy, Instant decidedAt, String reason, long minutes) {
}
