package io.gridguard.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two packaged instances of the application on one fresh PostgreSQL database, killed after the test as a crash would
 * stop them. They share one data folder, so they hold the same signing keys: a token from one is good on the other.
 * On H2 the test is skipped (an embedded file one process opens). Register with {@code @RegisterExtension}.
 */
public final class TwoInstances implements AfterEachCallback {

    private final List<PackagedApp> apps = new ArrayList<>();
    private TestDatabase.Database database;

    /** Starts both on a fresh database of this name, with these settings besides MQTT turned off. */
    public TwoInstances start(String databaseName, String... settings) throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "two processes share a database only on PostgreSQL");
        Path data = Files.createTempDirectory(databaseName);
        database = TestDatabase.freshDatabase(databaseName, data);
        String[] all = Stream.concat(Stream.of("--gridguard.devices.mqtt-enabled=false"), Stream.of(settings)).toArray(String[]::new);
        for (int i = 0; i < 2; i++) {
            apps.add(new PackagedApp(database, data, all).start());
        }
        return this;
    }

    public PackagedApp first() {
        return apps.get(0);
    }

    public PackagedApp second() {
        return apps.get(1);
    }

    /** The database both use (null before {@link #start}). */
    public TestDatabase.Database database() {
        return database;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (PackagedApp app : apps) {
            app.kill();
        }
        apps.clear();
    }
}
