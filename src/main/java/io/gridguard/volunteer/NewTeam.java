package io.gridguard.volunteer;

public record NewTeam(String name, Long communityId) {
}
