package io.gridguard.people;

import java.time.LocalDate;

/** The public form behind the QR poster (一码通): floating population and tenants registered by landlords. */
public record SelfRegistration(RegistrationKind kind, Long communityId, String name, IdType idType, String idNumber,
                               String phone, String nationality, String address, String originRegion,
                               LocalDate arrivalDate, String landlordName, String landlordPhone) {
}
