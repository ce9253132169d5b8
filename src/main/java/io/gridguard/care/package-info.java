/**
 * Care for home-quarantined households (seeds 001, 004): a household's needs — groceries, medicine, garbage pickup,
 * medical help — become social workers' tasks grouped by building, claimed, done with a note and confirmed by the
 * household; a task past its due time raises an event; one-click statistics by type, building, community and day.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "dispatch", "quarantine"})
package io.gridguard.care;
