package io.gridguard.healthcode.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What PostgreSQL announces on {@code gridguard_codes} (migration V33), read as another instance reads it: every
 * statement that writes codes, whoever runs it, and nothing for a change rolled back. (H2 has one process and no
 * notices.)
 */
class CodeChangeNoticesIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    HealthCodes codes;

    @Autowired
    CodeRepository repository;

    @Autowired
    TransactionTemplate transactions;

    private Connection listener;

    @BeforeEach
    void listen() throws SQLException {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "notices are PostgreSQL's");
        listener = dataSource.getConnection();
        try (Statement listen = listener.createStatement()) {
            listen.execute("LISTEN gridguard_codes");
        }
    }

    @AfterEach
    void close() throws SQLException {
        if (listener != null) {
            try (Statement unlisten = listener.createStatement()) {
                unlisten.execute("UNLISTEN *");
            }
            listener.close();
        }
    }

    /** The payloads that arrive within a second (other tests' writes may arrive too). */
    private List<String> heard() throws SQLException {
        List<String> payloads = new ArrayList<>();
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            PGNotification[] arrived = listener.unwrap(PGConnection.class).getNotifications(200);
            if (arrived != null) {
                for (PGNotification notice : arrived) {
                    payloads.add(notice.getParameter());
                }
            }
        }
        return payloads;
    }

    @Test
    void aFactRecordedThroughTheApiIsAnnouncedWithThePersonsId() throws SQLException {
        ApiClient api = api();
        long person = newPerson();
        codes.current(person);
        heard();
        var red = api.post("/api/v1/health-code/facts", api.token("community1"),
                Map.of("personId", person, "kind", "CASE_CONFIRMED", "source", "TRACING"));
        assertThat(red.status()).isEqualTo(201);
        assertThat(heard()).anySatisfy(payload -> assertThat(payload.split(",")).contains(String.valueOf(person)));
    }

    @Test
    void aChangeRolledBackIsNotAnnounced() throws SQLException {
        long person = newPerson();
        codes.current(person);
        heard();
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            repository.update(new HealthCodeView(person, Colour.RED, List.of(), now, null), 1);
            status.setRollbackOnly();
        });
        assertThat(heard()).noneSatisfy(payload -> assertThat(payload.split(",")).contains(String.valueOf(person)));
    }

    @Test
    void aCodeChangedByHandInSqlIsAnnouncedAndAManyRowStatementAsItsRange() throws SQLException {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            people.add(newPerson());
            codes.current(people.getLast());
        }
        heard();
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("UPDATE health_code SET computed_at = computed_at WHERE person_id IN (" + people.get(0) + ", " + people.get(1) + ")");
        }
        assertThat(heard()).anySatisfy(payload ->
                assertThat(payload.split(",")).containsExactlyInAnyOrder(String.valueOf(people.get(0)), String.valueOf(people.get(1))));

        List<Long> residents = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            var ids = sql.executeQuery("SELECT id FROM person WHERE status = 'ACTIVE' ORDER BY id LIMIT 400");
            while (ids.next()) {
                residents.add(ids.getLong(1));
            }
        }
        assertThat(residents).as("the demo district has 3,000 residents").hasSize(400);
        codes.currentEach(residents); // every one of them has a code now
        heard();
        long low = residents.getFirst();
        long high = residents.getLast();
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE health_code SET computed_at = computed_at WHERE person_id BETWEEN " + low + " AND " + high))
                    .isEqualTo(400);
        }
        assertThat(heard()).contains(low + ".." + high);
    }

    private long newPerson() {
        ApiClient api = api();
        return api.post("/api/v1/people", api.token("community1"), Map.of("name", "通知", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
    }
}
