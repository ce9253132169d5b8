import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.Direction;
import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.ScanRepository;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.checkpoint.internal.ScanRepository.TokenUse;
import io.gridguard.healthcode.Colour;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scan journal's store alone, without HTTP or the decision: WRITERS threads each store GROUPS groups of SIZE token
 * scans (scans by ID number, with no token to use up, when the last argument is "id") through the ScanRepository of
 * the build on the classpath, as the journal's writers do, against a scratch PostgreSQL database migrated as the
 * application migrates its own. Prints the rows a second and the processor time a row of this JVM and of PostgreSQL's
 * processes, so that two builds, or the two kinds of scan, can be compared on the store's cost alone.
 *
 * <pre>java -cp target/classes:DEPENDENCIES bench/ScanStore.java JDBC_URL GROUPS SIZE WRITERS [token|id]</pre>
 */
public class ScanStore {
    public static void main(String[] args) throws Exception {
        HikariDataSource data = new HikariDataSource();
        data.setJdbcUrl(args[0]);
        data.setUsername("postgres");
        data.setMaximumPoolSize(8);
        int groups = Integer.parseInt(args[1]), size = Integer.parseInt(args[2]), writers = Integer.parseInt(args[3]);
        boolean tokens = args.length < 5 || !args[4].equals("id");
        Flyway.configure().dataSource(data).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        ScanRepository scans = repository(data);
        run(scans, groups / 5, size, writers, tokens); // warm-up: the JIT, and the tables' first pages
        long jvm = jvmNanos(), pg = postgresTicks(), started = System.nanoTime();
        run(scans, groups, size, writers, tokens);
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = (long) groups * size * writers;
        double tickMicros = 1e6 / Integer.getInteger("clockTicks", 100); // /proc counts in clock ticks (getconf CLK_TCK)
        System.out.printf("%d rows in %.1f s: %.0f rows/s; per row JVM %.1f µs, PostgreSQL %.1f µs%n", rows, seconds, rows / seconds,
                (jvmNanos() - jvm) / 1e3 / rows, (postgresTicks() - pg) * tickMicros / rows);
        data.close();
    }

    private static void run(ScanRepository scans, int groups, int size, int writers, boolean tokens) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int g = 0; g < groups; g++) {
                    scans.store(group(size, tokens));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static List<ScanRow> group(int size, boolean tokens) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant now = Instant.now();
        List<ScanRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new ScanRow(1, random.nextLong(1, 1_000_000), now, Direction.IN, new BigDecimal("36.5"), null, tokens ? "QR" : "ID", Decision.PASS,
                    Colour.GREEN, ScanReason.GREEN_CODE, "gate1", tokens ? TokenUse.of(UUID.randomUUID().toString(), now.plusSeconds(120)) : null));
        }
        return rows;
    }

    private static ScanRepository repository(DataSource data) throws Exception {
        Constructor<ScanRepository> constructor = ScanRepository.class.getDeclaredConstructor(JdbcClient.class, JdbcTemplate.class,
                TransactionTemplate.class);
        constructor.setAccessible(true);
        return constructor.newInstance(JdbcClient.create(data), new JdbcTemplate(data), new TransactionTemplate(new DataSourceTransactionManager(data)));
    }

    private static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** User and system time of every process named postgres, in clock ticks. */
    private static long postgresTicks() throws Exception {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (java.io.IOException gone) {
                    // the process ended while we looked
                }
            }
        }
        return ticks;
    }
}
