package io.gridguard.healthcode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAreasTests {

    @Test
    void trailingZeroPairsWidenAnAreaToItsDivisions() {
        assertThat(RiskAreas.prefix("420100")).isEqualTo("4201");
        assertThat(RiskAreas.prefix("420000")).isEqualTo("42");
        assertThat(RiskAreas.prefix("420106")).isEqualTo("420106");
        assertThat(RiskAreas.prefix("420106001")).isEqualTo("420106001");
    }

    @Test
    void anAreaIsActiveFromItsFirstToItsLastDayInclusive() {
        var area = new RiskArea(1, "420100", "武汉", RiskArea.Level.HIGH, LocalDate.of(2020, 1, 20), LocalDate.of(2020, 3, 10));
        assertThat(area.activeOn(LocalDate.of(2020, 1, 19))).isFalse();
        assertThat(area.activeOn(LocalDate.of(2020, 1, 20))).isTrue();
        assertThat(area.activeOn(LocalDate.of(2020, 3, 10))).isTrue();
        assertThat(area.activeOn(LocalDate.of(2020, 3, 11))).isFalse();
        assertThat(new RiskArea(2, "310100", "上海", RiskArea.Level.MEDIUM, LocalDate.of(2020, 1, 20), null)
                .activeOn(LocalDate.of(2030, 1, 1))).isTrue();
    }
}
