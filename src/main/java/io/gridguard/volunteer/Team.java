package io.gridguard.volunteer;

/** A community's volunteer team, with how many it has taken on and how many wait for a decision. */
public record Team(long id, String name, long communityId, String communityName, long active, long applied) {
}
