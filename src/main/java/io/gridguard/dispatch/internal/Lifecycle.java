package io.gridguard.dispatch.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gridguard.dispatch.EventAction;
import io.gridguard.dispatch.EventState;

/**
 * The closed loop as a table: which action leads from which state to which, who may take it, and when a note (the
 * reason) is required. REPORTED → DISPATCHED → ACCEPTED → HANDLING → FEEDBACK → CLOSED, with REJECTED (a department
 * sends it back, with the reason) and REOPENED (the reporting side is not satisfied).
 */
public final class Lifecycle {

    /** Who stands where toward an event. */
    public enum Side {
        /** staff of the community, street or district over the event: they dispatch, and may dismiss or close */
        DISPATCHER,
        /** a handler of a department the event is dispatched to */
        HANDLER,
        /** whoever reported it, or the grid worker of its grid: they confirm the fix or reopen */
        REPORTER
    }

    private static final Map<EventState, Map<EventAction, EventState>> NEXT = new EnumMap<>(EventState.class);

    static {
        NEXT.put(EventState.REPORTED, Map.of(EventAction.DISPATCH, EventState.DISPATCHED, EventAction.CLOSE, EventState.CLOSED));
        NEXT.put(EventState.DISPATCHED, Map.of(EventAction.ACCEPT, EventState.ACCEPTED, EventAction.REJECT, EventState.REJECTED,
                EventAction.DISPATCH, EventState.DISPATCHED));
        NEXT.put(EventState.ACCEPTED, Map.of(EventAction.START, EventState.HANDLING));
        NEXT.put(EventState.HANDLING, Map.of(EventAction.FEEDBACK, EventState.FEEDBACK));
        NEXT.put(EventState.FEEDBACK, Map.of(EventAction.CLOSE, EventState.CLOSED, EventAction.REOPEN, EventState.REOPENED));
        NEXT.put(EventState.CLOSED, Map.of(EventAction.REOPEN, EventState.REOPENED));
        NEXT.put(EventState.REOPENED, Map.of(EventAction.DISPATCH, EventState.DISPATCHED, EventAction.CLOSE, EventState.CLOSED));
        NEXT.put(EventState.REJECTED, Map.of(EventAction.DISPATCH, EventState.DISPATCHED, EventAction.CLOSE, EventState.CLOSED));
    }

    private Lifecycle() {
    }

    public static Optional<EventState> next(EventState from, EventAction action) {
        return Optional.ofNullable(NEXT.get(from).get(action));
    }

    /** The actions open in a state (for the buttons a page shows). */
    public static Set<EventAction> open(EventState from) {
        return NEXT.get(from).keySet();
    }

    /** Who may take the action from this state. */
    public static Set<Side> who(EventState from, EventAction action) {
        return switch (action) {
            case DISPATCH -> Set.of(Side.DISPATCHER);
            case ACCEPT, START, FEEDBACK, REJECT -> Set.of(Side.HANDLER);
            // closing after feedback confirms the fix; closing before it dismisses the report, which only staff may
            case CLOSE -> from == EventState.FEEDBACK ? Set.of(Side.REPORTER, Side.DISPATCHER) : Set.of(Side.DISPATCHER);
            case REOPEN -> Set.of(Side.REPORTER, Side.DISPATCHER);
        };
    }

    /** Whether the action needs a note: a reason to reject, reopen or dismiss, and what was done in feedback. */
    public static boolean needsNote(EventState from, EventAction action) {
        return switch (action) {
            case REJECT, FEEDBACK, REOPEN -> true;
            case CLOSE -> from != EventState.FEEDBACK;
            default -> false;
        };
    }
}
