/**
 * Volunteers (志愿者, DESIGN.md §3 flow 11; seeds 001 and 003): residents join a community's team (or staff enrol them),
 * community staff publish shifts at checkpoints and other places, volunteers take shifts and check in and out on their
 * phones (or staff and the checkpoint's operator do it for them), every shift worked and every correction goes into an
 * hours ledger, and each team's figures — volunteers, shifts, hours — are one click away. The cockpit reads who is on
 * duty now.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people"})
package io.gridguard.volunteer;
