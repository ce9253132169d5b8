/**
 * Everyone who lives or stays in the district: residents and foreign residents with validated identity
 * documents, their households and tags (lives alone, chronic illness …), the floating population and
 * rental housing, self-registration from a QR poster with the community's confirmation, merge
 * candidates, and sweeps (排查 rounds) with their progress. Each person keeps the path of their grid,
 * which is what every scope check on personal data is made against.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction"})
package io.gridguard.people;
