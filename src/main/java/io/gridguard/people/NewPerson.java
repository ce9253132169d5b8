package io.gridguard.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * What it takes to register (or correct) a person. Gender and birth date may be left out for a resident
 * ID, which carries both; when given they must agree with it.
 */
public record NewPerson(String name, Gender gender, LocalDate birthDate, IdType idType, String idNumber,
                        String phone, String nationality, String preferredLanguage, String address,
                        Long gridId, Long householdId, String householdRelation, Set<PersonTag> tags,
                        Boolean floating, String originRegion, LocalDate arrivalDate,
                        String landlordName, String landlordPhone) {

    public NewPerson {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        floating = floating != null && floating;
    }
}
