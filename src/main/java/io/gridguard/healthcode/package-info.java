/**
 * Health codes: each person's colour (green / yellow / red) with its reasons, the date it can change and its
 * history, computed by the policy's rules from the facts other modules report (case confirmed, contact,
 * quarantine, test result, fever at a gate, arrival from a risk area …). Modules never set a colour; they
 * report facts. Also the signed, short-lived QR token a gate verifies, offline if it must, with the
 * published public key.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people"})
package io.gridguard.healthcode;
