package io.gridguard.demo;

import java.util.List;

import io.gridguard.shared.Role;

/** The demo logins, all with the password {@value #PASSWORD}; listed in the README and printed at start-up. */
final class DemoAccounts {

    static final String PASSWORD = "gridguard";

    record Login(String username, Role role, String scopeDescription) {
    }

    static final List<Login> LOGINS = List.of(
            new Login("district", Role.DISTRICT_COMMAND, "the whole district"),
            new Login("street1", Role.STREET_STAFF, "street 1"),
            new Login("community1", Role.COMMUNITY_STAFF, "community 1 of street 1"),
            new Login("grid1", Role.GRID_WORKER, "grid 1 of community 1"),
            new Login("dept-health", Role.DEPARTMENT_HANDLER, "health department (卫健)"),
            new Login("site1", Role.SITE_STAFF, "quarantine site 1"),
            new Login("doctor1", Role.MEDICAL_STAFF, "community 1"),
            new Login("counselor1", Role.COUNSELOR, "community 1"),
            new Login("social1", Role.SOCIAL_WORKER, "community 1"),
            new Login("gate1", Role.CHECKPOINT_OPERATOR, "checkpoint 1"),
            new Login("enterprise1", Role.ENTERPRISE_CONTACT, "enterprise site 1"),
            new Login("grid2", Role.GRID_WORKER, "grid 2 of community 1"),
            new Login("community2", Role.COMMUNITY_STAFF, "community 1 of street 2"));

    private DemoAccounts() {
    }
}
