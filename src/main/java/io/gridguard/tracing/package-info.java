/**
 * Tracing (流调): cases and their close and secondary contacts with status (管控中 / 结束管控 / 退回), found by a
 * tracing team or suggested by co-presence — the people let through the same gate or checked in at the same venue
 * within the policy's window of a case during its infectious period. Every status reports its fact to the health
 * code (a case red, a suggested contact yellow, a confirmed close contact red); a confirmed contact is announced as
 * {@link io.gridguard.tracing.ContactConfirmed} for the quarantine workflow.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "healthcode", "checkpoint"})
package io.gridguard.tracing;
