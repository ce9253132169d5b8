package io.gridguard.people;

public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public String messageKey() {
        return "people.gender." + name();
    }
}
