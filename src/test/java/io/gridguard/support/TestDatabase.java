package io.gridguard.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the integration suite runs on: the failsafe execution sets
 * {@code gridguard.test.database} to {@code h2} or {@code postgres}. PostgreSQL comes from
 * {@code GRIDGUARD_TEST_DB_URL} (default: the machine's server, database {@code gridguard_test}, created
 * if missing). Without a reachable PostgreSQL the PostgreSQL run is skipped — except in CI
 * ({@code CI=true}), where it fails, because CI must prove the suite on the production database.
 */
public final class TestDatabase implements ExecutionCondition {

    static final String KIND = System.getProperty("gridguard.test.database", "h2");
    static final String PG_URL = env("GRIDGUARD_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/gridguard_test");
    static final String PG_USER = env("GRIDGUARD_TEST_DB_USER", "postgres");
    static final String PG_PASSWORD = env("GRIDGUARD_TEST_DB_PASSWORD", "");
    private static volatile String unavailable;
    private static volatile boolean checked;

    /** A database for a separate application process; {@code appDefault} means the process uses its own default (H2) settings. */
    public record Database(String url, String user, String password, boolean appDefault) {
    }

    /**
     * An empty database of its own, for a test that runs the application as a separate process: a new
     * PostgreSQL database {@code name} (dropped first), or the default H2 file database in {@code folder}.
     */
    public static Database freshDatabase(String name, java.nio.file.Path folder) throws SQLException {
        if (!isPostgres()) {
            // The application's default H2 file under its data folder; opened here only once the process is gone.
            return new Database("jdbc:h2:file:" + folder.resolve("db/gridguard").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        }
        String maintenance = PG_URL.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection c = DriverManager.getConnection(maintenance, PG_USER, PG_PASSWORD)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS \"" + name + "\"");
            c.createStatement().execute("CREATE DATABASE \"" + name + "\"");
        }
        return new Database(PG_URL.replaceAll("/[^/?]+(\\?.*)?$", "/" + name), PG_USER, PG_PASSWORD, false);
    }

    public static boolean isPostgres() {
        return "postgres".equals(KIND);
    }

    static void register(DynamicPropertyRegistry registry) {
        if (isPostgres()) {
            registry.add("spring.datasource.url", () -> PG_URL + (PG_URL.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            registry.add("spring.datasource.username", () -> PG_USER);
            registry.add("spring.datasource.password", () -> PG_PASSWORD);
        } else {
            registry.add("spring.datasource.url", () ->
                    "jdbc:h2:mem:gridguard-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!isPostgres()) {
            return ConditionEvaluationResult.enabled("H2 is embedded");
        }
        String problem = postgresProblem();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + PG_URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but PostgreSQL is not usable at " + PG_URL + ": " + problem);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + PG_URL + " (" + problem + "); skipped outside CI");
    }

    private static synchronized String postgresProblem() {
        if (!checked) {
            unavailable = ensureDatabase();
            checked = true;
        }
        return unavailable;
    }

    /** Creates the test database on first use, so {@code ./mvnw verify} needs no manual set-up. */
    private static String ensureDatabase() {
        String database = PG_URL.replaceAll(".*/([^/?]+).*", "$1");
        String maintenance = PG_URL.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            return null;
        } catch (SQLException first) {
            try (Connection c = DriverManager.getConnection(maintenance, PG_USER, PG_PASSWORD)) {
                c.createStatement().execute("CREATE DATABASE \"" + database + "\"");
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
