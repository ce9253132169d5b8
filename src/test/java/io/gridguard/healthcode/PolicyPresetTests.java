package io.gridguard.healthcode;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyPresetTests {

    private final HealthPolicy defaults = HealthPolicy.defaults();

    @Test
    void theNinthEditionShortensQuarantineAndTheArrivalWindow() {
        HealthPolicy ninth = PolicyPreset.NATIONAL_9TH.apply(defaults);
        assertThat(ninth.centralizedDays()).isEqualTo(7);
        assertThat(ninth.homeDays()).isEqualTo(3);
        assertThat(ninth.windows().get(FactKind.ARRIVAL_FROM_RISK_AREA)).isEqualTo(Duration.ofDays(7));
        assertThat(ninth.yellow()).contains(FactKind.CONTACT_SECONDARY);
    }

    @Test
    void theTwentyMeasuresStopTrackingSecondaryContacts() {
        HealthPolicy twenty = PolicyPreset.TWENTY_MEASURES_2022.apply(defaults);
        assertThat(twenty.yellow()).doesNotContain(FactKind.CONTACT_SECONDARY);
        assertThat(twenty.centralizedDays()).isEqualTo(5);
    }

    @Test
    void aPolicySurvivesItsJsonForm() {
        JsonMapper json = JsonMapper.builder().build();
        HealthPolicy eighth = PolicyPreset.NATIONAL_8TH.apply(defaults);
        assertThat(json.readValue(json.writeValueAsString(eighth), HealthPolicy.class)).isEqualTo(eighth);
    }
}
