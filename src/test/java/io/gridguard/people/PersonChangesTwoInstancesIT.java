package io.gridguard.people;

import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Eventually;
import io.gridguard.support.Gauges;
import io.gridguard.support.TestDatabase;
import io.gridguard.support.TwoInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, each remembering the people its gates look up for 30 minutes: a record
 * corrected through one instance must show at the other's gate as soon as the change's notice
 * arrives (migration V35, ChangeFeed), not half an hour later. (H2 is an embedded file one process opens, so this runs
 * on PostgreSQL only.)
 */
@ExtendWith(TestDatabase.class)
class PersonChangesTwoInstancesIT {

    @RegisterExtension
    final TwoInstances instances = new TwoInstances();

    @Test
    void aPersonCorrectedThroughOneInstanceIsSeenSoAtTheOthersGate() throws Exception {
        instances.start("gridguard_person_changes");
        ApiClient one = instances.first().api();
        ApiClient two = instances.second().api();
        long gate = one.get("/api/v1/checkpoints", one.token("gate1")).json().get("items").get(0).get("id").asLong();
        long id = one.get("/api/v1/people?size=1", one.token("district")).json().get("items").get(0).get("id").asLong();
        ObjectNode record = (ObjectNode) two.get("/api/v1/people/" + id, two.token("district")).json();
        String idNumber = record.get("idNumber").asString();
        String name = record.get("name").asString();
        Eventually.awaitThat(() -> Gauges.read(one, "gridguard_people_changes_heard") == 1, "the first instance listens for changes to people");
        // remembered by the first instance from now on
        assertThat(maskedName(one, gate, idNumber)).isEqualTo(name.charAt(0) + "*".repeat(name.length() - 1));

        String renamed = (name.charAt(0) == '王' ? "李" : "王") + name.substring(1);
        record.put("name", renamed);
        // the record names its grid in its path; a correction names it on its own
        record.put("gridId", record.get("path").get("gridId").asLong());
        var corrected = two.put("/api/v1/people/" + id, two.token("district"), record);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);

        Eventually.awaitThat(() -> maskedName(one, gate, idNumber).startsWith(renamed.substring(0, 1)),
                "the name corrected on the second instance shown at the first's gate");
    }

    private static String maskedName(ApiClient api, long gate, String idNumber) {
        var scan = api.post("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"),
                Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "IN"));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        return scan.json().get("person").get("name").asString();
    }
}
