/**
 * The cockpit (驾驶舱): the headline figures of a scope — district, street, community or grid — read from the other
 * modules' public APIs (never their tables), on a wall screen, a desktop page and a phone. Read only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "healthcode", "checkpoint",
        "dispatch", "tracing", "quarantine"})
package io.gridguard.cockpit;
