package io.gridguard.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on H2 or PostgreSQL (see {@link TestDatabase}), with a small
 * generated demo district. All integration tests share one context (and so one database) per run;
 * each test makes the data it changes, so they do not depend on each other's order.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridguard.demo.enabled=true",
        "gridguard.demo.residents=3000",
        "gridguard.data-dir=target/it-data",
        "spring.flyway.clean-disabled=false",
        // a silent device is noticed a second after its heartbeat, not half a minute
        "gridguard.devices.silent-grace-seconds=1",
        // a new MQTT session per run: a session kept from an earlier run would bring that run's messages along
        "gridguard.devices.mqtt-client-id=gridguard-test-${random.uuid}",
        // tests change a figure and read it back at once: the cockpit counts again on every read
        "gridguard.cockpit.fresh-seconds=0"})
@Import(CleanDatabase.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected DemoFixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    protected WebSession browserless() {
        return new WebSession("http://localhost:" + port);
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
