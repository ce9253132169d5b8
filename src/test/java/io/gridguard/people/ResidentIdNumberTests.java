package io.gridguard.people;

import java.time.LocalDate;

import io.gridguard.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTests {

    @Test
    void acceptsAValidNumberAndReadsBirthDateAndGender() {
        var id = new ResidentIdNumber("110101199003071233");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void acceptsXAsCheckCharacterInEitherCase() {
        assertThat(new ResidentIdNumber("11010119900307125x").value()).isEqualTo("11010119900307125X");
    }

    @Test
    void evenSequenceDigitMeansFemale() {
        assertThat(new ResidentIdNumber("330105198506120027").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void computesTheCheckCharacterOfGbT11643() {
        // The standard's own example: 11010519491231002X.
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(new ResidentIdNumber("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void refusesAWrongCheckDigitNamingTheField() {
        assertThatThrownBy(() -> new ResidentIdNumber("110101199003071234"))
                .isInstanceOfSatisfying(Problem.Invalid.class, e -> {
                    assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("idNumber");
                        assertThat(f.messageKey()).isEqualTo("people.idNumber.checksum");
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1101011990030712333", "01010119900307123X", "1101011990030712A3"})
    void refusesWrongShapes(String value) {
        assertThatThrownBy(() -> new ResidentIdNumber(value))
                .isInstanceOfSatisfying(Problem.Invalid.class,
                        e -> assertThat(e.fieldErrors().getFirst().messageKey()).isEqualTo("people.idNumber.shape"));
    }

    @Test
    void refusesAnImpossibleBirthDateEvenWithAValidCheckDigit() {
        String first17 = "11010119900230123"; // 30 February
        String value = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> new ResidentIdNumber(value))
                .isInstanceOfSatisfying(Problem.Invalid.class,
                        e -> assertThat(e.fieldErrors().getFirst().messageKey()).isEqualTo("people.idNumber.birthDate"));
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String first17 = "110101" + LocalDate.now().plusYears(1).toString().replace("-", "") + "123";
        String value = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThatThrownBy(() -> new ResidentIdNumber(value)).isInstanceOf(Problem.Invalid.class);
    }
}
