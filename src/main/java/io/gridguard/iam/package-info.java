/**
 * Who may do what, and where: staff accounts with a role and a scope (jurisdiction nodes, a
 * department, a place), residents signed in by a one-time code to their phone, API keys for machine
 * clients, and the bearer tokens of the integration API. Authentication ends by placing a
 * {@link io.gridguard.shared.Caller} in the security context; every module checks that caller.
 * Also the per-role home pages and the audit log page for district command.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people"})
package io.gridguard.iam;
