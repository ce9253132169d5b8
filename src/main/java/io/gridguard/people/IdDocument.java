package io.gridguard.people;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.gridguard.shared.Problem;

/** A person's identity document: its type and its number, normalised and checked for that type. */
public record IdDocument(IdType type, String number) {

    private static final Map<IdType, Pattern> SHAPES = Map.of(
            IdType.PASSPORT, Pattern.compile("[A-Z0-9]{5,17}"),
            IdType.HK_MACAO_PERMIT, Pattern.compile("[HM]\\d{8}(\\d{2})?"),
            IdType.TAIWAN_PERMIT, Pattern.compile("\\d{8}(\\d{2})?"));

    public IdDocument {
        if (type == null) {
            throw new Problem.Invalid("idType", "error.required");
        }
        if (number == null || number.isBlank()) {
            throw new Problem.Invalid("idNumber", "error.required");
        }
        number = number.strip().toUpperCase(Locale.ROOT);
        if (type == IdType.RESIDENT_ID) {
            number = new ResidentIdNumber(number).value();
        } else if (!SHAPES.get(type).matcher(number).matches()) {
            throw new Problem.Invalid("idNumber", "people.idNumber.shape." + type.name());
        }
    }
}
