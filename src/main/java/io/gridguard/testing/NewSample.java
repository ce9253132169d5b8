package io.gridguard.testing;

/** A sample taken at a point for a campaign: the person by QR token or ID number, into the tube with this barcode. */
public record NewSample(Long campaignId, Long pointId, String tube, String token, String idNumber) {
}
