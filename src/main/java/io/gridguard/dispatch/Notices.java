package io.gridguard.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.gridguard.dispatch.internal.NoticeRepository;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Notices in the app and through the pluggable senders ({@link Notifications}: SMS, webhooks; the default logs): a new
 * event reaches its community's staff and grid workers, an escalation the level it reached (street staff, district
 * command), each in the scope that holds the event's grid. The inbox page refreshes itself.
 */
@Service
public class Notices {

    private final NoticeRepository notices;
    private final Notifications senders;
    private final Clock clock;

    Notices(NoticeRepository notices, Notifications senders, Clock clock) {
        this.notices = notices;
        this.senders = senders;
        this.clock = clock;
    }

    /** Posts a notice in the same transaction as the change it is about, and hands it to the senders. */
    void post(long eventId, String kind, String deadline, Level level, NodePath path, String detail, String text) {
        notices.insert(eventId, kind, deadline, level, path, detail, clock.instant());
        senders.notify(eventId, level, text);
    }

    /** The caller's latest notices (newer than {@code afterId}), by the level their role answers at. */
    public List<Notice> inbox(Caller caller, long afterId) {
        caller.require(Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF, Role.DISTRICT_COMMAND));
        Set<Level> levels = switch (caller.role()) {
            case GRID_WORKER, COMMUNITY_STAFF -> Set.of(Level.COMMUNITY);
            case STREET_STAFF -> Set.of(Level.STREET);
            case DISTRICT_COMMAND -> Set.of(Level.DISTRICT);
            default -> Set.of();
        };
        return notices.latest(caller.nodes(), levels, afterId, 100);
    }
}
