package io.gridguard.checkpoint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.gridguard.support.ApiClient;
import io.gridguard.support.PackagedApp;
import io.gridguard.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan answered 201 is in the database: the packaged application is killed (SIGKILL, no graceful stop)
 * while four clients stream scans, restarted on the same database, and every acknowledged scan id must be there.
 */
@ExtendWith(TestDatabase.class)
class ScanDurabilityIT {

    private PackagedApp app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void everyAcknowledgedScanSurvivesAKill() throws Exception {
        Path data = Files.createTempDirectory("gridguard-kill");
        var db = TestDatabase.freshDatabase("gridguard_kill", data);
        app = new PackagedApp(db, data).start();
        int port = app.port();
        ApiClient api = app.api();
        String gate = api.token("gate1");
        long checkpoint = api.get("/api/v1/checkpoints", gate).json().get("items").get(0).get("id").asLong();
        long person = api.get("/api/v1/people?size=1", api.token("district")).json().get("items").get(0).get("id").asLong();
        String idNumber = api.get("/api/v1/people/" + person, api.token("district")).json().get("idNumber").asString();

        Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(Thread.ofPlatform().start(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                while (running.get()) {
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checkpoints/" + checkpoint + "/scans"))
                                .header("Authorization", "Bearer " + gate).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(5))
                                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(
                                        Map.of("idNumber", idNumber, "temperature", 36.5, "direction", "IN")))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.add(ApiClient.JSON.readTree(response.body()).get("scanId").asLong());
                        }
                    } catch (IOException e) {
                        // the server is gone: keep trying until the test stops us, as a gate device would
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until || acknowledged.size() < 50) {
            Thread.sleep(20);
        }
        app.kill();
        int acknowledgedBeforeKill = acknowledged.size();
        running.set(false);
        for (Thread client : clients) {
            client.join(10_000);
        }

        app.start();
        if (db.appDefault()) {
            // the embedded database is locked by the running application: stop it gracefully, then look
            app.stop();
        }
        Set<Long> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM gate_scan")) {
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
        }
        assertThat(acknowledgedBeforeKill).as("scans acknowledged before the kill").isGreaterThanOrEqualTo(50);
        assertThat(stored).as("every acknowledged scan is in the database after the restart").containsAll(acknowledged);
    }
}
