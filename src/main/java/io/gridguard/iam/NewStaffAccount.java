package io.gridguard.iam;

import java.util.List;

import io.gridguard.shared.Role;

/** A staff account to create: role plus scope (nodes, and a department or place where the role has one). */
public record NewStaffAccount(String username, String password, String displayName, Role role, List<Long> nodeIds,
                              Long departmentId, Long placeId) {
}
