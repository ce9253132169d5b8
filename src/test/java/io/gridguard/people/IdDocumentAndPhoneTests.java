package io.gridguard.people;

import io.gridguard.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdDocumentAndPhoneTests {

    @ParameterizedTest
    @CsvSource({"PASSPORT, e12345678, E12345678", "HK_MACAO_PERMIT, H12345678, H12345678",
            "HK_MACAO_PERMIT, M1234567890, M1234567890", "TAIWAN_PERMIT, 12345678, 12345678",
            "RESIDENT_ID, ' 110101199003071233 ', 110101199003071233"})
    void normalisesValidDocuments(IdType type, String input, String expected) {
        assertThat(new IdDocument(type, input).number()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"PASSPORT, AB1, people.idNumber.shape.PASSPORT", "HK_MACAO_PERMIT, X12345678, people.idNumber.shape.HK_MACAO_PERMIT",
            "TAIWAN_PERMIT, 1234567, people.idNumber.shape.TAIWAN_PERMIT", "RESIDENT_ID, 110101199003071234, people.idNumber.checksum"})
    void refusesDocumentsThatDoNotFitTheirType(IdType type, String input, String key) {
        assertThatThrownBy(() -> new IdDocument(type, input))
                .isInstanceOfSatisfying(Problem.Invalid.class, e -> assertThat(e.fieldErrors().getFirst().messageKey()).isEqualTo(key));
    }

    @Test
    void aMissingTypeOrNumberIsRequired() {
        assertThatThrownBy(() -> new IdDocument(null, "x")).isInstanceOfSatisfying(Problem.Invalid.class,
                e -> assertThat(e.fieldErrors().getFirst().field()).isEqualTo("idType"));
        assertThatThrownBy(() -> new IdDocument(IdType.PASSPORT, " ")).isInstanceOfSatisfying(Problem.Invalid.class,
                e -> assertThat(e.fieldErrors().getFirst().messageKey()).isEqualTo("error.required"));
    }

    @ParameterizedTest
    @CsvSource({"13812345678, 13812345678", "+8613812345678, 13812345678", "0571-88888888, 0571-88888888",
            "+442079460000, +442079460000", "138 1234 5678, 13812345678"})
    void acceptsMobilesLandlinesAndInternationalNumbers(String input, String expected) {
        assertThat(new PhoneNumber(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "abc", "", "+0123"})
    void refusesWhatIsNotAPhoneNumber(String input) {
        assertThatThrownBy(() -> new PhoneNumber(input)).isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void onlyElevenDigitNumbersFromThirteenAreMobiles() {
        assertThat(new PhoneNumber("13812345678").isMobile()).isTrue();
        assertThat(new PhoneNumber("0571-88888888").isMobile()).isFalse();
    }
}
