/**
 * The district's map of responsibility: district → street → community → grid, and the places inside
 * it (compounds, buildings, households, rental apartments, checkpoints, enterprise sites, quarantine
 * and test sites) with coordinates or GeoJSON boundaries, plus the departments events are sent to.
 * Every other module locates its records here: a person lives in a grid, a checkpoint stands in one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.gridguard.jurisdiction;
