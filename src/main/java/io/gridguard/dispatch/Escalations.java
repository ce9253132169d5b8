package io.gridguard.dispatch;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.gridguard.dispatch.internal.Deadline;
import io.gridguard.dispatch.internal.DeadlineTimers;
import io.gridguard.dispatch.internal.EventRepository;
import io.gridguard.dispatch.internal.EventRepository.EventRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a deadline's timer fires: if the event has still not reached the step the deadline asked for, it
 * is marked breached, escalated one level (community → street → district), the escalation recorded in its timeline,
 * notified, and published as {@link EventOverdue}; a missed acceptance sets a new accept deadline at the next level.
 * A timer whose deadline has since moved (reopened, escalated) or been met does nothing.
 */
@Configuration(proxyBeanMethods = false)
class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final EventRepository events;
    private final DeadlineTimers timers;
    private final Notices notices;
    private final ApplicationEventPublisher published;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Escalations(EventRepository events, DeadlineTimers timers, Notices notices, ApplicationEventPublisher published,
                TransactionTemplate transactions, Clock clock) {
        this.events = events;
        this.timers = timers;
        this.notices = notices;
        this.published = published;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Bean
    OneTimeTask<Deadline> eventDeadlineTask() {
        return Tasks.oneTime(DeadlineTimers.TASK).execute((instance, context) -> fire(instance.getData()));
    }

    void fire(Deadline deadline) {
        // someone acting on the event at the same moment wins; the deadline is then looked at again as it stands
        for (int attempt = 1; ; attempt++) {
            if (Boolean.TRUE.equals(transactions.execute(status -> escalate(deadline)))) {
                return;
            }
            if (attempt == 3) {
                log.warn("Event {} kept changing while its {} deadline was looked at; left as it is", deadline.eventId(), deadline.kind());
                return;
            }
        }
    }

    /** False when the event changed while it was read (to be looked at again), true when the deadline is settled. */
    private boolean escalate(Deadline deadline) {
        EventRow event = events.find(deadline.eventId()).orElse(null);
        Instant now = clock.instant();
        if (event == null || !due(event, deadline.kind(), now)) {
            return true;
        }
        Level level = event.level().above();
        boolean higher = level != event.level();
        EventCategory kind = events.category(event.category()).orElseThrow();
        Instant acceptBy = deadline.kind().equals(Deadline.ACCEPT) && higher ? now.plus(kind.accept()) : event.acceptBy();
        EventRow escalated = event.withClock(level, acceptBy, event.onSiteBy(), event.acceptedAt(), event.closedAt(), true);
        if (!events.save(escalated)) {
            return false;
        }
        // at the district there is no one higher: a deadline missed there is recorded as overdue, not as an escalation
        events.addStep(event.id(), now, "system", higher ? "ESCALATE" : "OVERDUE",
                higher ? deadline.kind() + " → " + level : deadline.kind() + " @ " + level, null);
        if (!acceptBy.equals(event.acceptBy())) {
            timers.set(event.id(), Deadline.ACCEPT, acceptBy);
        }
        published.publishEvent(new EventOverdue(event.id(), deadline.kind(), level, event.path(), kind.nameZh()));
        notices.post(event.id(), "OVERDUE", deadline.kind(), level, event.path(), kind.nameZh() + "：" + event.description(),
                "overdue " + deadline.kind() + ": event " + event.id());
        log.info("Event {} missed its {} deadline: {} {}", event.id(), deadline.kind(), higher ? "escalated to" : "overdue at", level);
        return true;
    }

    /** Whether the deadline passed without the step it asks for. */
    private static boolean due(EventRow event, String kind, Instant now) {
        return switch (kind) {
            case Deadline.ACCEPT -> event.state().awaitsAcceptance() && !event.acceptBy().isAfter(now);
            case Deadline.ONSITE -> event.state() == EventState.ACCEPTED && event.onSiteBy() != null && !event.onSiteBy().isAfter(now);
            case Deadline.CLOSE -> event.state() != EventState.CLOSED && !event.closeBy().isAfter(now);
            default -> false;
        };
    }
}
