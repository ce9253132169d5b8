package io.gridguard.shared.web;

import java.util.Set;

import io.gridguard.shared.Role;

/**
 * An entry of the navigation, contributed by the module that owns the page as a bean.
 * The shell shows each caller the entries their role may open.
 */
public record NavItem(String messageKey, String path, int order, Set<Role> roles) {
}
