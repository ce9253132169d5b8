package io.gridguard.healthcode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Eventually;
import io.gridguard.support.Gauges;
import io.gridguard.support.PackagedApp;
import io.gridguard.support.TestDatabase;
import io.gridguard.support.TwoInstances;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, each remembering the codes its gates read for an hour: a code changed
 * through one instance must stop the person at the other's gate at once, also while the other cannot hear the
 * changes (its listening connection cut and not allowed back), and again once it hears them. (H2 is an embedded
 * file one process opens, so this runs on PostgreSQL only.)
 */
@ExtendWith(TestDatabase.class)
class CodeChangesTwoInstancesIT {

    private static final String DATABASE = "gridguard_code_changes";
    @RegisterExtension
    final TwoInstances instances = new TwoInstances();

    @AfterEach
    void allowConnectionsAgain() throws Exception {
        if (instances.database() != null) {
            maintenance("ALTER DATABASE \"" + DATABASE + "\" WITH ALLOW_CONNECTIONS true");
        }
    }

    @Test
    void aCodeChangedThroughOneInstanceStopsThePersonAtTheOthersGate() throws Exception {
        instances.start(DATABASE, "--gridguard.healthcode.remembered=1h");
        PackagedApp first = instances.first();
        PackagedApp second = instances.second();
        ApiClient one = first.api();
        ApiClient two = second.api();
        long gate = one.get("/api/v1/checkpoints", one.token("gate1")).json().get("items").get(0).get("id").asLong();
        // three residents whose code is green (the demo district has some who are not)
        List<String> idNumbers = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (var resident : one.get("/api/v1/people?size=50", one.token("community1")).json().get("items")) {
            long id = resident.get("id").asLong();
            if (ids.size() < 3 && one.get("/api/v1/people/" + id + "/health-code", one.token("community1")).json()
                    .get("colour").asString().equals("GREEN")) {
                ids.add(id);
                idNumbers.add(one.get("/api/v1/people/" + id, one.token("district")).json().get("idNumber").asString());
            }
        }
        assertThat(ids).hasSize(3);
        Eventually.awaitThat(() -> Gauges.read(one, "gridguard_healthcode_changes_heard") == 1, "the first instance listens for code changes");

        // heard: the second instance's change reaches the first's gate as soon as its notice arrives
        assertThat(decision(one, gate, idNumbers.get(0))).isEqualTo("PASS");
        confirmCase(two, ids.get(0));
        Eventually.awaitThat(() -> decision(one, gate, idNumbers.get(0)).equals("DENY"), "a case confirmed on the second instance denied at the first");

        // deaf: with the listening connection cut and kept out, the first instance reads every code from the database
        assertThat(decision(one, gate, idNumbers.get(1))).isEqualTo("PASS");
        maintenance("ALTER DATABASE \"" + DATABASE + "\" WITH ALLOW_CONNECTIONS false");
        maintenance("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE
                + "' AND application_name = 'gridguard-change-notices'");
        Eventually.awaitThat(() -> Gauges.read(one, "gridguard_healthcode_changes_heard") == 0, "the first instance knows it no longer hears");
        confirmCase(two, ids.get(1));
        assertThat(decision(one, gate, idNumbers.get(1))).as("the very next scan, while deaf").isEqualTo("DENY");

        // heard again: allowed back, it listens again and a change reaches it as before
        maintenance("ALTER DATABASE \"" + DATABASE + "\" WITH ALLOW_CONNECTIONS true");
        Eventually.awaitThat(() -> Gauges.read(one, "gridguard_healthcode_changes_heard") == 1, "the first instance listens again");
        assertThat(decision(one, gate, idNumbers.get(2))).isEqualTo("PASS");
        confirmCase(two, ids.get(2));
        Eventually.awaitThat(() -> decision(one, gate, idNumbers.get(2)).equals("DENY"), "a change heard after the reconnection");
    }

    private static String decision(ApiClient api, long gate, String idNumber) {
        var scan = api.post("/api/v1/checkpoints/" + gate + "/scans", api.token("gate1"),
                Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "IN"));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        return scan.json().get("decision").asString();
    }

    private static void confirmCase(ApiClient api, long person) {
        var red = api.post("/api/v1/health-code/facts", api.token("community1"),
                Map.of("personId", person, "kind", "CASE_CONFIRMED", "source", "TRACING"));
        assertThat(red.status()).as(red.body()).isEqualTo(201);
        assertThat(red.json().get("colour").asString()).isEqualTo("RED");
    }

    private void maintenance(String sql) throws Exception {
        String url = instances.database().url().replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection c = DriverManager.getConnection(url, instances.database().user(), instances.database().password());
             PreparedStatement statement = c.prepareStatement(sql)) {
            if (statement.execute()) {
                try (ResultSet ignored = statement.getResultSet()) {
                    // pg_terminate_backend answers a row per connection; the gauge says whether it worked
                }
            }
        }
    }
}
