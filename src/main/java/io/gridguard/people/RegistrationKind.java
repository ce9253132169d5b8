package io.gridguard.people;

/** Who fills in the self-registration poster's form: the newcomer, or a landlord for a tenant. */
public enum RegistrationKind {
    SELF, TENANT;

    public String messageKey() {
        return "registration.kind." + name();
    }
}
