package io.gridguard.care;

/** A need: what, a note, and for which household (staff entering it for a household; a resident asks for their own). */
public record NewNeed(NeedKind kind, String note, Long householdId) {
}
