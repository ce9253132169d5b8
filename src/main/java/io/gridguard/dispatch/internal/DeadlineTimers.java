package io.gridguard.dispatch.internal;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sets an event's deadlines on db-scheduler's table, in the caller's transaction: a timer exists exactly when the
 * change that needs it was committed, outlives a restart, and is run by one instance only.
 */
@Component
public class DeadlineTimers {

    public static final TaskDescriptor<Deadline> TASK = TaskDescriptor.of("event-deadline", Deadline.class);

    // the scheduler is built from the tasks, and the deadline task needs this: looked up when first used
    private final ObjectProvider<SchedulerClient> scheduler;

    DeadlineTimers(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    public void set(long eventId, String kind, Instant at) {
        // one timer per event, deadline and time: a later deadline of the same kind is a new timer; the earlier one,
        // when it fires, finds its deadline moved and does nothing
        scheduler.getObject().scheduleIfNotExists(TASK.instance(eventId + "-" + kind + "-" + at.toEpochMilli())
                .data(new Deadline(eventId, kind)).scheduledTo(at));
    }
}
