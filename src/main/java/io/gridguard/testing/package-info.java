/**
 * Testing (核酸检测, 应检尽检): campaigns (who must be tested, by when), test points, sampling into pooled tubes by
 * risk, lab results per tube reported to the health code (negative clears; a positive single tube is
 * TEST_POSITIVE; a positive pool makes every member POOL_POSITIVE and recalls them for a single-tube retest),
 * coverage and throughput figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "healthcode"})
package io.gridguard.testing;
