package io.gridguard.shared;

/**
 * The roles of DESIGN.md §1. A role says what someone may do; their scope (nodes, department, place)
 * says where.
 */
public enum Role {
    DISTRICT_COMMAND,
    STREET_STAFF,
    COMMUNITY_STAFF,
    GRID_WORKER,
    DEPARTMENT_HANDLER,
    SITE_STAFF,
    MEDICAL_STAFF,
    COUNSELOR,
    SOCIAL_WORKER,
    CHECKPOINT_OPERATOR,
    ENTERPRISE_CONTACT,
    RESIDENT,
    MACHINE;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
