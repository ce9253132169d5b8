package io.gridguard.quarantine;

/** Special care at a centralized site (seed 002): insulin, a special diet, pregnancy, the elderly, a birthday, other. */
public enum CareNeed {
    INSULIN, SPECIAL_DIET, PREGNANCY, ELDERLY, BIRTHDAY, OTHER;

    public String messageKey() {
        return "quarantine.care." + name();
    }
}
