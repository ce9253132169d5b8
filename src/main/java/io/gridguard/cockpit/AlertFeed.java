package io.gridguard.cockpit;

import java.time.Instant;
import java.util.List;

import io.gridguard.cockpit.internal.FeedRepository;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import org.springframework.stereotype.Service;

/**
 * The live alert feed (seed 004: second-level alerts on the cockpit): alarms the other modules publish, kept in order so
 * that a wall screen that connects, or reconnects after a network blip, reads on from the last one it saw; each
 * instance streams what any instance stored.
 */
@Service
public class AlertFeed {

    /** How many alerts a screen shows when it opens. */
    public static final int SHOWN = 30;

    private final FeedRepository alerts;
    private final Headlines headlines;

    AlertFeed(FeedRepository alerts, Headlines headlines) {
        this.alerts = alerts;
        this.headlines = headlines;
    }

    /** Raised once per {@code dedupeKey}: two instances hearing the same cause store one alert. */
    public void raise(FeedKind kind, String dedupeKey, NodePath path, List<String> args, String link, Instant at) {
        alerts.raise(kind, dedupeKey, path, args, link, at);
    }

    /** The latest alerts in the caller's scope (or a node inside it), the newest first. */
    public List<FeedAlert> latest(Caller caller, Long nodeId) {
        return alerts.latest(headlines.scopeOf(caller, nodeId), SHOWN);
    }

    /** Alerts stored after {@code id}, anywhere: the stream sorts them out to each screen by its scope. */
    public List<FeedAlert> after(long id) {
        return alerts.after(id, 500);
    }

    public long lastId() {
        return alerts.lastId();
    }
}
