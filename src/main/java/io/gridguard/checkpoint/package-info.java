/**
 * Checkpoints (卡口): every attempt to pass a gate — a scanned QR code or a typed ID number, a temperature, a
 * direction — decided PASS or DENY by the health-code policy and stored, denials and invalid codes included.
 * A fever raises {@link io.gridguard.checkpoint.TemperatureAbnormal}, reports FEVER_AT_GATE to the health code and
 * opens a FEVER event in dispatch for the community doctor.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jurisdiction", "people", "healthcode", "dispatch", "devices"})
package io.gridguard.checkpoint;
