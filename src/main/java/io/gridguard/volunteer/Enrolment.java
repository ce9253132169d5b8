package io.gridguard.volunteer;

/** Joining a team: a resident applies for themself (no personId); staff enrol a person in their scope. */
public record Enrolment(Long teamId, Long personId, String skills) {
}
