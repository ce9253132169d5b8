/**
 * The cockpit (驾驶舱): the headline figures of a scope — district, street, community or grid — read from the other
 * modules' public APIs (never their tables), on a wall screen, a desktop page and a phone; the daily report of a scope,
 * kept day by day, printable and as a workbook. It writes only its own reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "healthcode", "checkpoint",
        "dispatch", "tracing", "quarantine"})
package io.gridguard.cockpit;
