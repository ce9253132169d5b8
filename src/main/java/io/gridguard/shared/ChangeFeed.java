package io.gridguard.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * How an instance hears which rows other instances (and itself) changed in the database, so that what it remembers of
 * them (the codes and people every gate scan reads) can be kept for as long as it holds instead of a few seconds.
 *
 * <p>On PostgreSQL a trigger on each remembered table sends the ids every statement wrote on the table's channel
 * (migrations V33 for codes, V35 for people): PostgreSQL delivers them only if the transaction commits, and to every
 * listening connection, this instance's own included. A notice is a list of ids, or the range "low..high" that holds
 * them when there are more than 300 (a payload holds at most 8,000 bytes). The instance listens on all channels on
 * one connection of its own (not one of the pool's). When that connection fails, every {@link Listener} is told it is
 * deaf and trusts nothing it remembers until the connection is back and listening again; then it forgets everything
 * remembered before, since changes made meanwhile were not heard.
 *
 * <p>The embedded H2 database is opened by one process only: there, the changes made here are all there is, each
 * module forgets its own on commit, and its listeners hear from the start.
 */
@Component
public class ChangeFeed implements SmartLifecycle {

    /**
     * What an instance remembers of one table, and forgets when the table's rows change. It may use what it remembers
     * only while {@link #hearing()}: until the feed first listens, and whenever it has lost its connection, every read
     * goes to the database. A gauge shows which (1 hearing, 0 reading everything).
     */
    public abstract static class Listener {

        private volatile boolean hearing;

        protected Listener(MeterRegistry meters, String gauge, String description) {
            Gauge.builder(gauge, this, listener -> listener.hearing ? 1 : 0).description(description).register(meters);
        }

        /** The channel the table's trigger sends the ids it wrote on. */
        public abstract String channel();

        /** Whether every change is heard, so that what is remembered may be used. */
        public boolean hearing() {
            return hearing;
        }

        /** Every change is heard from now on: what was remembered before may have missed some, and is forgotten. */
        public final void nowHearing() {
            changedAll();
            hearing = true;
        }

        /** Changes may go unheard until the feed is back: nothing remembered may be used meanwhile. */
        public final void nowDeaf() {
            hearing = false;
            changedAll();
        }

        /** These rows changed. */
        public abstract void changed(Collection<Long> ids);

        /** The rows with ids in [from, to] may have changed (a statement that wrote more than 300). */
        public abstract void changedBetween(long from, long to);

        /** Everything may have changed (also: a notice that is not a list or range of ids): everything is forgotten. */
        public abstract void changedAll();
    }

    /** Shown in pg_stat_activity, so an operator (or a test) can find the listening connection. */
    public static final String APPLICATION_NAME = "gridguard-change-notices";
    private static final Pattern IDS = Pattern.compile("-?\\d{1,19}(,-?\\d{1,19})*");
    private static final Pattern RANGE = Pattern.compile("(-?\\d{1,19})\\.\\.(-?\\d{1,19})");
    private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,63}");
    private static final long RETRY_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final Map<String, Listener> listeners;
    private final JdbcConnectionDetails database;
    private final boolean postgres;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    public ChangeFeed(List<Listener> listeners, JdbcConnectionDetails database) {
        // LISTEN takes an identifier, not a parameter: a channel is only ever one of ours, in lower case
        listeners.forEach(l -> {
            if (!CHANNEL.matcher(l.channel()).matches()) {
                throw new IllegalArgumentException("not a channel name: " + l.channel());
            }
        });
        this.listeners = listeners.stream().collect(Collectors.toUnmodifiableMap(Listener::channel, Function.identity()));
        this.database = database;
        this.postgres = database.getJdbcUrl().startsWith("jdbc:postgresql:");
        if (!postgres) {
            this.listeners.values().forEach(Listener::nowHearing);
        }
    }

    /** Tells the channel's listener what a notice names. */
    public void heard(String channel, String payload) {
        Listener heard = listeners.get(channel);
        if (heard == null) {
            return;
        }
        try {
            var range = RANGE.matcher(payload);
            if (range.matches()) {
                heard.changedBetween(Long.parseLong(range.group(1)), Long.parseLong(range.group(2)));
                return;
            }
            if (IDS.matcher(payload).matches()) {
                List<Long> ids = new ArrayList<>();
                for (String id : payload.split(",")) {
                    ids.add(Long.parseLong(id));
                }
                heard.changed(ids);
                return;
            }
        } catch (NumberFormatException beyondALong) {
            // fall through: not ours either
        }
        log.warn("A notice on {} that is not a list or range of ids ({} characters): everything remembered of it is forgotten",
                channel, payload.length());
        heard.changedAll();
    }

    @Override
    public void start() {
        if (!postgres || listeners.isEmpty()) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().name("change-notices").daemon().start(this::listen);
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
        listeners.values().forEach(Listener::nowDeaf);
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
                    for (String channel : listeners.keySet()) {
                        listen.execute("LISTEN " + channel);
                    }
                }
                listeners.values().forEach(Listener::nowHearing);
                if (failing) {
                    log.info("Listening for changes again; what is remembered is used again");
                    failing = false;
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notices.getNotifications(1_000);
                    if (arrived != null && arrived.length > 0) {
                        for (PGNotification notice : arrived) {
                            heard(notice.getName(), notice.getParameter());
                        }
                    } else if (!connection.isValid(5)) {
                        // a connection cut without a word (a network fault) answers nothing, not an error
                        throw new SQLException("the listening connection does not answer");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listeners.values().forEach(Listener::nowDeaf);
                if (running && !failing) {
                    log.warn("Not listening for changes ({}); codes and people are read from the database until it is back", e.getMessage());
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
