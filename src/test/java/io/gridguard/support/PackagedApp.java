package io.gridguard.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application as its own process on a test database, for tests that kill it (SIGKILL, no graceful
 * stop) and start it again: what was acknowledged or scheduled before must still be there after.
 */
public final class PackagedApp {

    private final TestDatabase.Database db;
    private final Path data;
    private final int port;
    private final List<String> extra;
    private Process process;

    /** {@code extra}: more command-line arguments, e.g. settings a second instance needs. */
    public PackagedApp(TestDatabase.Database db, Path data, String... extra) throws IOException {
        this.db = db;
        this.data = data;
        this.extra = List.of(extra);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    /** Starts the jar and waits until the demo accounts can sign in. */
    public PackagedApp start() throws Exception {
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
        command.addAll(extra);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(data.resolve("app-" + System.nanoTime() + ".log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && signsIn()) {
                    return this;
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

    /** SIGKILL: nothing is flushed or closed gracefully. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A graceful stop (the embedded database is locked while the application runs). */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    /** Health answers before the demo district exists; wait until the demo accounts can sign in. */
    private boolean signsIn() {
        return api().post("/api/v1/auth/token", null, Map.of("username", "gate1", "password", "gridguard")).status() == 200;
    }
}
