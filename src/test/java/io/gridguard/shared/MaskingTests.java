package io.gridguard.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

    @Test
    void residentIdKeepsRegionAndLastFour() {
        assertThat(Masking.idNumber("33010519850612001X")).isEqualTo("330105********001X");
    }

    @Test
    void otherDocumentsKeepTwoCharactersAtEachEnd() {
        assertThat(Masking.idNumber("E12345678")).isEqualTo("E1*****78");
        assertThat(Masking.idNumber("AB1")).isEqualTo("A*1");
    }

    @Test
    void mobileKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0571-88888888")).isEqualTo("057****8888");
    }

    @Test
    void nameKeepsTheFirstCharacter() {
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("王")).isEqualTo("王");
    }

    @Test
    void nothingToMaskStaysNothing() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idNumber("")).isEmpty();
    }
}
