package io.gridguard.checkpoint;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
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

    private Process app;
    private Path data;

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedScanSurvivesAKill() throws Exception {
        data = Files.createTempDirectory("gridguard-kill");
        var db = TestDatabase.freshDatabase("gridguard_kill", data);
        int port = freePort();
        app = start(db, port);
        ApiClient api = new ApiClient("http://localhost:" + port);
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
        app.destroyForcibly().waitFor();
        int acknowledgedBeforeKill = acknowledged.size();
        running.set(false);
        for (Thread client : clients) {
            client.join(10_000);
        }

        app = start(db, port);
        if (db.appDefault()) {
            // the embedded database is locked by the running application: stop it gracefully, then look
            app.destroy();
            app.waitFor();
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

    private Process start(TestDatabase.Database db, int port) throws Exception {
        File jar = Files.list(Path.of("target"))
                .filter(p -> p.getFileName().toString().matches("gridguard-.*\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("run through ./mvnw verify: the packaged jar is needed")).toFile();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.getAbsolutePath(),
                "--server.port=" + port, "--gridguard.demo.residents=300", "--gridguard.data-dir=" + data));
        if (!db.appDefault()) {
            command.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                    "--spring.datasource.password=" + db.password()));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(data.resolve("app-" + System.nanoTime() + ".log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && api(port)) {
                    return process;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited; see " + data);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start in 120 s; see " + data);
    }

    /** Health answers before the demo district exists; wait until the demo accounts can sign in. */
    private static boolean api(int port) {
        return new ApiClient("http://localhost:" + port)
                .post("/api/v1/auth/token", null, Map.of("username", "gate1", "password", "gridguard")).status() == 200;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
