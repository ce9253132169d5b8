package io.gridguard.dispatch.internal;

import java.util.EnumSet;
import java.util.Set;

import io.gridguard.dispatch.EventAction;
import io.gridguard.dispatch.EventState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTests {

    @Test
    void theClosedLoopRunsFromReportToClose() {
        EventState state = EventState.REPORTED;
        for (EventAction action : new EventAction[]{EventAction.DISPATCH, EventAction.ACCEPT, EventAction.START, EventAction.FEEDBACK,
                EventAction.CLOSE}) {
            state = Lifecycle.next(state, action).orElseThrow(() -> new AssertionError("refused"));
        }
        assertThat(state).isEqualTo(EventState.CLOSED);
    }

    @Test
    void stepsCannotBeSkippedOrRepeated() {
        assertThat(Lifecycle.next(EventState.DISPATCHED, EventAction.FEEDBACK)).isEmpty();
        assertThat(Lifecycle.next(EventState.ACCEPTED, EventAction.ACCEPT)).isEmpty();
        assertThat(Lifecycle.next(EventState.CLOSED, EventAction.CLOSE)).isEmpty();
        assertThat(Lifecycle.next(EventState.HANDLING, EventAction.REJECT)).as("sent back only before accepting").isEmpty();
        assertThat(Lifecycle.open(EventState.CLOSED)).containsExactly(EventAction.REOPEN);
    }

    @Test
    void aSentBackOrReopenedEventIsDispatchedAgain() {
        assertThat(Lifecycle.next(EventState.REJECTED, EventAction.DISPATCH)).contains(EventState.DISPATCHED);
        assertThat(Lifecycle.next(EventState.REOPENED, EventAction.DISPATCH)).contains(EventState.DISPATCHED);
        assertThat(Lifecycle.next(EventState.FEEDBACK, EventAction.REOPEN)).contains(EventState.REOPENED);
    }

    @Test
    void eachSideTakesItsOwnSteps() {
        assertThat(Lifecycle.who(EventState.DISPATCHED, EventAction.ACCEPT)).containsExactly(Lifecycle.Side.HANDLER);
        assertThat(Lifecycle.who(EventState.FEEDBACK, EventAction.CLOSE))
                .containsExactlyInAnyOrder(Lifecycle.Side.REPORTER, Lifecycle.Side.DISPATCHER);
        assertThat(Lifecycle.who(EventState.REPORTED, EventAction.CLOSE)).as("dismissing a report is staff's")
                .containsExactly(Lifecycle.Side.DISPATCHER);
        for (EventState state : EventState.values()) {
            for (EventAction action : Lifecycle.open(state)) {
                assertThat(Lifecycle.who(state, action)).as(state + " " + action).isNotEmpty();
            }
        }
    }

    @Test
    void reasonsAreRequiredWhereSomeoneSaysNo() {
        Set<EventAction> noted = EnumSet.noneOf(EventAction.class);
        for (EventAction action : EventAction.values()) {
            if (Lifecycle.needsNote(EventState.DISPATCHED, action)) {
                noted.add(action);
            }
        }
        assertThat(noted).containsExactlyInAnyOrder(EventAction.REJECT, EventAction.FEEDBACK, EventAction.REOPEN, EventAction.CLOSE);
        assertThat(Lifecycle.needsNote(EventState.FEEDBACK, EventAction.CLOSE)).as("confirming a fix needs no words").isFalse();
    }
}
