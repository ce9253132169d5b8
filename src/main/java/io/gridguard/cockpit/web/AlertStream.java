package io.gridguard.cockpit.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.gridguard.cockpit.AlertFeed;
import io.gridguard.cockpit.FeedAlert;
import io.gridguard.shared.ScopeNode;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The feed as server-sent events: every second the alerts stored since the last look (by any instance) go to each open
 * screen whose scope they are in, in the screen's language. A screen that reconnects sends the last id it saw
 * ({@code Last-Event-ID}) and gets what it missed first.
 */
@Component
class AlertStream {

    private static final long OPEN_FOR = Duration.ofMinutes(30).toMillis();

    private final AlertFeed feed;
    private final MessageSource messages;
    private final java.time.format.DateTimeFormatter clockTime;
    private final Set<Screen> screens = ConcurrentHashMap.newKeySet();

    AlertStream(AlertFeed feed, MessageSource messages, io.gridguard.cockpit.CockpitSettings settings) {
        this.clockTime = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(settings.zone());
        this.feed = feed;
        this.messages = messages;
    }

    /** An open screen and the last alert it has. */
    private static final class Screen {
        final SseEmitter emitter = new SseEmitter(OPEN_FOR);
        final List<ScopeNode> scope;
        final Locale locale;
        volatile long seen;

        Screen(List<ScopeNode> scope, Locale locale, long seen) {
            this.scope = scope;
            this.locale = locale;
            this.seen = seen;
        }
    }

    SseEmitter open(List<ScopeNode> scope, Locale locale, Long lastEventId) {
        Screen screen = new Screen(scope, locale, lastEventId == null ? feed.lastId() : lastEventId);
        screen.emitter.onCompletion(() -> screens.remove(screen));
        screen.emitter.onTimeout(() -> screens.remove(screen));
        screen.emitter.onError(e -> screens.remove(screen));
        try {
            // the first bytes: the browser knows it is connected, and how long to wait before it reconnects
            screen.emitter.send(SseEmitter.event().comment("open").reconnectTime(3000));
        } catch (IOException gone) {
            return screen.emitter;
        }
        screens.add(screen);
        return screen.emitter;
    }

    @Scheduled(fixedDelay = 1000)
    void push() {
        if (screens.isEmpty()) {
            return;
        }
        long from = screens.stream().mapToLong(s -> s.seen).min().orElseThrow();
        List<FeedAlert> alerts = feed.after(from);
        for (Screen screen : screens) {
            for (FeedAlert alert : alerts) {
                if (alert.id() <= screen.seen) {
                    continue;
                }
                if (ScopeNode.anyCovers(screen.scope, alert.path()) && !send(screen, alert)) {
                    break;
                }
                screen.seen = alert.id();
            }
        }
    }

    /** Every quarter minute: a comment keeps proxies from closing a quiet stream and finds screens that went away. */
    @Scheduled(fixedDelay = 15_000)
    void keepAlive() {
        for (Screen screen : new ArrayList<>(screens)) {
            try {
                screen.emitter.send(SseEmitter.event().comment("."));
            } catch (IOException | IllegalStateException gone) {
                screens.remove(screen);
            }
        }
    }

    /**
     * Ends every open stream when the application stops: a graceful shutdown waits for open requests, and a wall screen's
     * stream stays open for half an hour (the test suite's JVM was killed after waiting 30 s for it). The screens
     * reconnect within 3 s, to another instance or to this one restarted, and get what they missed.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        for (Screen screen : new ArrayList<>(screens)) {
            screens.remove(screen);
            screen.emitter.complete();
        }
    }

    int open() {
        return screens.size();
    }

    private boolean send(Screen screen, FeedAlert alert) {
        try {
            screen.emitter.send(SseEmitter.event().id(String.valueOf(alert.id())).name("alert")
                    .data(view(alert, screen.locale), MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException gone) {
            screens.remove(screen);
            return false;
        }
    }

    /** An alert as a screen shows it: its words in the reader's language and where to act. */
    Map<String, Object> view(FeedAlert alert, Locale locale) {
        Object[] args = alert.args().stream().map(a -> a.startsWith("#") ? messages.getMessage(a.substring(1), null, a, locale) : a)
                .toArray();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", alert.id());
        view.put("kind", alert.kind());
        view.put("label", messages.getMessage(alert.kind().messageKey() + ".label", null, locale));
        view.put("text", messages.getMessage(alert.kind().messageKey(), args, locale));
        view.put("link", alert.link());
        view.put("raisedAt", alert.raisedAt());
        view.put("time", clockTime.format(alert.raisedAt()));
        return view;
    }
}
