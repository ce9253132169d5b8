package io.gridguard.healthcode.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * How an instance hears which codes changed in the database, so that it can keep the codes it read
 * ({@link RememberedCodes}) for as long as they hold instead of a few seconds.
 *
 * <p>On PostgreSQL every statement that writes {@code health_code} sends the person ids it wrote on channel
 * {@value #CHANNEL} (a trigger, migration V33): PostgreSQL delivers them only if the transaction commits, and to every
 * listening connection, this instance's own included. Each instance listens on a connection of its own (not one of
 * the pool's). When that connection fails, remembered codes are distrusted until it is back and listening again;
 * then everything remembered before is forgotten, since changes made meanwhile were not heard.
 *
 * <p>The embedded H2 database is opened by one process only: there, the changes made here are all there is, and
 * {@link RememberedCodes#forgetOnCommit} forgets them.
 */
@Component
public class CodeChangeFeed implements SmartLifecycle {

    static final String CHANNEL = "gridguard_codes";
    /** Shown in pg_stat_activity, so an operator (or a test) can find the listening connection. */
    static final String APPLICATION_NAME = "gridguard-code-notices";
    private static final Pattern IDS = Pattern.compile("-?\\d{1,19}(,-?\\d{1,19})*");
    private static final Pattern RANGE = Pattern.compile("(-?\\d{1,19})\\.\\.(-?\\d{1,19})");
    private static final long RETRY_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(CodeChangeFeed.class);

    private final RememberedCodes remembered;
    private final JdbcConnectionDetails database;
    private final boolean postgres;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    CodeChangeFeed(RememberedCodes remembered, JdbcConnectionDetails database) {
        this.remembered = remembered;
        this.database = database;
        this.postgres = database.getJdbcUrl().startsWith("jdbc:postgresql:");
        if (!postgres) {
            remembered.hear();
        }
    }

    /** Forgets what a notice names. One this instance cannot read (not from GridGuard?) forgets everything: never too little. */
    void heard(String payload) {
        try {
            var range = RANGE.matcher(payload);
            if (range.matches()) {
                remembered.forgetBetween(Long.parseLong(range.group(1)), Long.parseLong(range.group(2)));
                return;
            }
            if (IDS.matcher(payload).matches()) {
                List<Long> ids = new ArrayList<>();
                for (String id : payload.split(",")) {
                    ids.add(Long.parseLong(id));
                }
                remembered.forget(ids);
                return;
            }
        } catch (NumberFormatException beyondALong) {
            // fall through: not ours either
        }
        log.warn("A notice on {} that is not a list or range of ids ({} characters): every remembered code is forgotten",
                CHANNEL, payload.length());
        remembered.forgetAll();
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().name("code-notices").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            closeQuietly(listening);
            try {
                listener.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        remembered.deafen();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean failing = false;
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                remembered.hear();
                if (failing) {
                    log.info("Listening for code changes again; remembered codes are used again");
                    failing = false;
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notices.getNotifications(1_000);
                    if (arrived != null && arrived.length > 0) {
                        for (PGNotification notice : arrived) {
                            heard(notice.getParameter());
                        }
                    } else if (!connection.isValid(5)) {
                        // a connection cut without a word (a network fault) answers nothing, not an error
                        throw new SQLException("the listening connection does not answer");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                remembered.deafen();
                if (running && !failing) {
                    log.warn("Not listening for code changes ({}); codes are read from the database until it is back", e.getMessage());
                    failing = true;
                }
                pause();
            } finally {
                listening = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it is being dropped anyway
            }
        }
    }
}
