/**
 * The open kernel every module may use: the caller's identity and scope ({@link io.gridguard.shared.Caller}),
 * value types shared across modules (node levels and paths, masking of personal data, list pages),
 * the exceptions that API and pages turn into clear messages, and the audit trail.
 * <p>
 * It sits at the bottom of the layering (DESIGN.md §2) and names no other module; it is open so that
 * its web support ({@code shared.web}) can be reached by every module's controllers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.gridguard.shared;
