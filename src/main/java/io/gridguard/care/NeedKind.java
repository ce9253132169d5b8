package io.gridguard.care;

/** What a home-quarantined household asks for. */
public enum NeedKind {
    GROCERIES, MEDICINE, GARBAGE, MEDICAL, OTHER;

    public String messageKey() {
        return "care.kind." + name();
    }
}
