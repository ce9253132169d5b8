/**
 * The generated, fictional demo district: streets, communities, grids, compounds, buildings,
 * households, residents, places, departments and one account for every role. It is built only through
 * the other modules' public APIs, on an empty database, when {@code gridguard.demo.enabled} is on
 * (never in the {@code prod} profile). Deterministic for a given seed and size, so tests and
 * benchmarks can rely on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "iam", "quarantine", "volunteer"})
package io.gridguard.demo;
