package io.gridguard.demo;

import io.gridguard.jurisdiction.Jurisdictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** On an empty database, generates the demo district; then prints the demo logins for every role. */
@Component
@ConditionalOnProperty(name = "gridguard.demo.enabled", havingValue = "true")
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoSettings settings;
    private final DemoDistrict district;
    private final Jurisdictions jurisdictions;
    private final DemoResident resident;
    private final Environment environment;

    DemoStartup(DemoSettings settings, DemoDistrict district, Jurisdictions jurisdictions, DemoResident resident,
                Environment environment) {
        this.environment = environment;
        this.settings = settings;
        this.district = district;
        this.jurisdictions = jurisdictions;
        this.resident = resident;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jurisdictions.isEmpty()) {
            long started = System.nanoTime();
            log.info("Empty database: generating the demo district with {} residents (seed {})", settings.residents(), settings.seed());
            district.generate(settings.residents(), settings.seed());
            log.info("Demo district generated in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        // runners run once the server listens, so the port is the one it took (--server.port, or 8080)
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        StringBuilder text = new StringBuilder("\n\n  GridGuard demo district — sign in at " + base + "/login, password '")
                .append(DemoAccounts.PASSWORD).append("' for every account:\n");
        for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
            text.append("    %-12s %-20s %s%n".formatted(login.username(), login.role(), login.scopeDescription()));
        }
        resident.phone().ifPresent(phone -> text.append("  Resident sign-in: " + base + "/resident/login with phone ")
                .append(phone).append(" (the one-time code is shown on screen in demo mode)\n"));
        log.info(text.toString());
    }
}
