package io.gridguard.testing;

import java.time.LocalDate;

import io.gridguard.people.PersonTag;

/** A campaign as asked for: a name, who (a node; optionally one place in it, one tag), and by when. */
public record NewCampaign(String name, Long nodeId, Long placeId, PersonTag tag, LocalDate dueDate) {
}
