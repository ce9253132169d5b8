/**
 * Grid events and their dispatch (网格事件, 街道小脑): every problem reported — by a grid worker's phone with photos, a
 * resident, a hotline call, a machine, or a rule of the platform — becomes one event in the grid of its location,
 * dispatched to departments by category (or by hand), accepted, handled on site, fed back and closed by the side that
 * reported it, every step in a timeline. An SLA clock per category (5 minutes to accept by default) runs on persistent
 * timers; a deadline that passes escalates the event to the next level (community → street → district).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "devices"})
package io.gridguard.dispatch;
