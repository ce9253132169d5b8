/**
 * The cockpit (驾驶舱): the headline figures of a scope — district, street, community or grid — read from the other
 * modules' public APIs (never their tables), on a wall screen, a desktop page and a phone; the charts; the tri-colour risk
 * map of compounds and rental apartments against the policy's thresholds, with each place's colour history; the live
 * alert feed of what the other modules publish (fever and red-code gate attempts, overdue events, door alarms, camera
 * behaviour alerts, positive pools), streamed as server-sent events; the daily report of a scope, kept day by day,
 * printable and as a workbook. It writes only its own tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "healthcode", "checkpoint",
        "dispatch", "tracing", "quarantine", "devices", "testing", "volunteer"})
package io.gridguard.cockpit;
