import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for bench/dispatch-events.sh.
 *   seed BASE TOKEN GRIDS COUNT CATEGORY        — COUNT events as fast as 16 clients go
 *   rate BASE TOKEN GRIDS PER_MINUTE SECONDS CATEGORY|noop
 *                                                — open loop at a fixed rate: each request is due at its slot and its
 *                                                  latency counts from the slot (no coordinated omission)
 */
public class EventLoad {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        String token = args[2];
        List<String> grids = Files.readAllLines(Path.of(args[3])).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger failures = new AtomicInteger();
        if (mode.equals("seed")) {
            int count = Integer.parseInt(args[4]);
            String category = args[5];
            Semaphore clients = new Semaphore(16);
            long start = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < count; i++) {
                    clients.acquire();
                    int n = i;
                    pool.submit(() -> {
                        try {
                            if (send(http, report(base, token, category, grids.get(n % grids.size()), n)) != 201) {
                                failures.incrementAndGet();
                            }
                        } finally {
                            clients.release();
                        }
                        return null;
                    });
                }
            }
            System.out.printf("seeded %d %s events in %.1f s, %d failed%n", count, category, (System.nanoTime() - start) / 1e9, failures.get());
            return;
        }
        int perMinute = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        String category = args[6];
        long interval = 60_000_000_000L / perMinute;
        int total = (int) ((long) seconds * 1_000_000_000L / interval);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int n = i;
                pool.submit(() -> {
                    HttpRequest request = category.equals("noop")
                            ? HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).header("Authorization", "Bearer " + token).build()
                            : report(base, token, category, grids.get(n % grids.size()), n);
                    int status = send(http, request);
                    latencies.add(System.nanoTime() - due);
                    if (status != (category.equals("noop") ? 200 : 201)) {
                        failures.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests at %d/min over %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed%n",
                category.equals("noop") ? "no-op GET /api/v1/me" : "POST /api/v1/events " + category, sorted.size(), perMinute, seconds,
                at(sorted, 0.50), at(sorted, 0.99), sorted.getLast() / 1e6, failures.get());
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static HttpRequest report(String base, String token, String category, String grid, int n) {
        String body = "{\"category\":\"" + category + "\",\"description\":\"压测事件 " + n + "\",\"gridId\":" + grid + "}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/events")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
