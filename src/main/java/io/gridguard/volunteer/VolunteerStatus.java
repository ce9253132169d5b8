package io.gridguard.volunteer;

/** Where someone stands with a team: applied and waiting, taken on, or turned down (with the reason). */
public enum VolunteerStatus {
    APPLIED, ACTIVE, REJECTED;

    public String messageKey() {
        return "volunteer.status." + name();
    }
}
