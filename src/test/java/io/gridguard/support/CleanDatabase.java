package io.gridguard.support;

import io.gridguard.jurisdiction.Jurisdictions;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What every integration test's context adds to the application. A class of its own, imported by
 * {@link IntegrationTest}: nested in it, Spring Framework 7.0 warns on every test that it would also be taken as the
 * test's default configuration from 7.1 on.
 */
@TestConfiguration(proxyBeanMethods = false)
class CleanDatabase {

    /** The PostgreSQL test database outlives runs: start each run from an empty schema, so the demo is regenerated. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return (Flyway flyway) -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    DemoFixtures demoFixtures(Jurisdictions jurisdictions) {
        return new DemoFixtures(jurisdictions);
    }
}
