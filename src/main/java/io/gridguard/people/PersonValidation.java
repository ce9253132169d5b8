package io.gridguard.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Problem;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link NewPerson} into a valid record or names every field that is wrong at once, so a
 * form shows all its mistakes together.
 */
@Component
class PersonValidation {

    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    private final Jurisdictions jurisdictions;
    private final Places places;

    PersonValidation(Jurisdictions jurisdictions, Places places) {
        this.jurisdictions = jurisdictions;
        this.places = places;
    }

    PersonView validate(NewPerson in, boolean checkHousehold) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            errors.add(new Problem.FieldError("name", "error.required"));
        } else if (name.length() > 100) {
            errors.add(new Problem.FieldError("name", "error.tooLong", 100));
        }
        IdDocument document = FieldChecks.attempt(errors, null, () -> new IdDocument(in.idType(), in.idNumber()));
        Gender gender = in.gender();
        LocalDate birthDate = in.birthDate();
        if (document != null && document.type() == IdType.RESIDENT_ID) {
            var id = new ResidentIdNumber(document.number());
            if (gender != null && gender != Gender.UNKNOWN && gender != id.gender()) {
                errors.add(new Problem.FieldError("gender", "people.gender.mismatch"));
            }
            if (birthDate != null && !birthDate.equals(id.birthDate())) {
                errors.add(new Problem.FieldError("birthDate", "people.birthDate.mismatch"));
            }
            gender = id.gender();
            birthDate = id.birthDate();
        }
        if (birthDate != null && birthDate.isAfter(LocalDate.now())) {
            errors.add(new Problem.FieldError("birthDate", "error.date.future"));
        }
        PhoneNumber phone = FieldChecks.blank(in.phone()) ? null : FieldChecks.attempt(errors, null, () -> new PhoneNumber(in.phone()));
        PhoneNumber landlordPhone = FieldChecks.blank(in.landlordPhone()) ? null
                : FieldChecks.attempt(errors, "landlordPhone", () -> new PhoneNumber(in.landlordPhone()));
        String nationality = FieldChecks.nationality(errors, in.nationality());
        String language = FieldChecks.blank(in.preferredLanguage()) ? "zh-CN" : in.preferredLanguage().strip();
        if (!LANGUAGES.contains(language)) {
            errors.add(new Problem.FieldError("preferredLanguage", "people.language.invalid"));
        }
        NodePath path = null;
        if (in.gridId() == null) {
            errors.add(new Problem.FieldError("gridId", "error.required"));
        } else {
            path = FieldChecks.attempt(errors, null, () -> jurisdictions.pathOfGrid(in.gridId()));
        }
        if (checkHousehold && in.householdId() != null && path != null) {
            var household = places.find(in.householdId());
            if (household.isEmpty() || household.get().kind() != PlaceKind.HOUSEHOLD
                    || household.get().nodeId() != path.gridId()) {
                errors.add(new Problem.FieldError("householdId", "people.household.invalid"));
            }
        }
        if (in.arrivalDate() != null && in.arrivalDate().isAfter(LocalDate.now())) {
            errors.add(new Problem.FieldError("arrivalDate", "error.date.future"));
        }
        if (in.floating() && FieldChecks.blank(in.originRegion())) {
            errors.add(new Problem.FieldError("originRegion", "people.originRegion.required"));
        }
        FieldChecks.maxLength(errors, "address", in.address(), 300);
        FieldChecks.maxLength(errors, "originRegion", in.originRegion(), 100);
        FieldChecks.maxLength(errors, "landlordName", in.landlordName(), 100);
        FieldChecks.maxLength(errors, "householdRelation", in.householdRelation(), 20);
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        return new PersonView(0, name, gender == null ? Gender.UNKNOWN : gender, birthDate, document.type(),
                document.number(), phone == null ? null : phone.value(), nationality, language, FieldChecks.trimmed(in.address()), path,
                in.householdId(), FieldChecks.trimmed(in.householdRelation()), in.tags(), in.floating(), FieldChecks.trimmed(in.originRegion()),
                in.arrivalDate(), FieldChecks.trimmed(in.landlordName()), landlordPhone == null ? null : landlordPhone.value(),
                PersonStatus.ACTIVE, null, Instant.now());
    }

}
