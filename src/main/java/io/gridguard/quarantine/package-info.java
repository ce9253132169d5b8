/**
 * Quarantine (隔离管控): orders — centralized (集中隔离), home (居家隔离) or health monitoring (健康监测) — each with its
 * length and test schedule from the health-code policy in force; centralized sites with rooms, work groups, special care,
 * a disinfection log and the daily morning meeting; daily health reports twice a day (by the person, the site's medical
 * staff or a thermometer) with reminders and alerts; door sensors on home-quarantined doors; release when the policy's
 * conditions hold, or by an authorised override with a reason. A confirmed contact ({@code tracing}) opens an order; a lab's result for the person ({@code testing}) answers the test due;
 * orders report their facts to the health code and announce {@link io.gridguard.quarantine.QuarantineOpened} and
 * {@link io.gridguard.quarantine.QuarantineReleased}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "devices", "healthcode",
        "dispatch", "tracing", "testing"})
package io.gridguard.quarantine;
