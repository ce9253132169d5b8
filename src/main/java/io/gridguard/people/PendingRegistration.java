package io.gridguard.people;

import java.time.Instant;
import java.time.LocalDate;

/** A self-registration waiting for the community clerk, with ID number and phones masked. */
public record PendingRegistration(long id, RegistrationKind kind, long communityId, String name, IdType idType,
                                  String idNumberMasked, String phoneMasked, String address, String originRegion,
                                  LocalDate arrivalDate, String landlordName, String landlordPhoneMasked,
                                  Instant submittedAt, String status, String reason) {
}
