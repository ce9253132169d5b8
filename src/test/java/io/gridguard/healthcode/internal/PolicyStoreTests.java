package io.gridguard.healthcode.internal;

import java.time.Clock;

import io.gridguard.healthcode.FactKind;
import io.gridguard.healthcode.HealthPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyStoreTests {

    /** A version as published before daily check-ins were part of the rules. */
    private static final String BEFORE_CHECK_INS = """
            {"version":3,"red":["CASE_CONFIRMED"],"yellow":["ARRIVAL_FROM_RISK_AREA"],"windows":{"ARRIVAL_FROM_RISK_AREA":"PT336H"},
             "clearedBy":{},"feverThreshold":37.3,"yellowPasses":false,"recheckClears":["ARRIVAL_FROM_RISK_AREA"],
             "centralizedDays":14,"homeDays":0}""";

    @Test
    void aVersionStoredBeforeARuleExistedReadsWithTheRuleOffAndTheDesignsTracingWindows() {
        var store = new PolicyStore(null, JsonMapper.builder().build(), Clock.systemUTC());
        HealthPolicy old = store.read(BEFORE_CHECK_INS);
        assertThat(old.version()).isEqualTo(3);
        assertThat(old.yellow()).as("a suggested contact is yellow, as it has been since co-presence came")
                .containsExactlyInAnyOrder(FactKind.ARRIVAL_FROM_RISK_AREA, FactKind.CONTACT_SUSPECTED);
        assertThat(old.yellowCheckInDays()).isZero();
        assertThat(old.redCheckInDays()).isZero();
        assertThat(old.checkInClears()).isEmpty();
        assertThat(old.red()).containsExactlyInAnyOrder(FactKind.CASE_CONFIRMED, FactKind.POOL_POSITIVE);
        assertThat(old.clearedBy().get(FactKind.POOL_POSITIVE)).containsExactly(FactKind.TEST_NEGATIVE);
        assertThat(old.contactWindowMinutes()).isEqualTo(30);
        assertThat(old.infectiousDaysBeforeOnset()).isEqualTo(2);
    }
}
