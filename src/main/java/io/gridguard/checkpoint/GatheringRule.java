package io.gridguard.checkpoint;

import java.util.List;

import io.gridguard.jurisdiction.PlaceKind;

/** For one kind of place: how many scans and check-ins within how many minutes are a gathering, and which departments go. */
public record GatheringRule(PlaceKind placeKind, int threshold, int windowMinutes, List<String> departments) {
}
