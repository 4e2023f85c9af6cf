package com.memberpulse.support.events;

import java.util.List;

/** Delivery of recorded events beyond what the relay does on its own. */
public interface EventRelay {

    /**
     * Hands events the caller has just committed to the consumers that accept immediate delivery, now, on this
     * thread, each in the event's tenant. A failure is logged and left to the relay, which delivers every event
     * anyway. Call it outside any transaction, explicitly where a request wants the effect in its answer.
     */
    void deliverNow(List<DomainEvent> events);

    /** {@link #deliverNow(List)} for a committed change's events; answers the change's result. */
    default <T> T deliverNow(Recorded<T> change) {
        deliverNow(change.events());
        return change.value();
    }

    /**
     * Sets a consumer back to a position of the log (an event id; 0: from the oldest event still kept), so it gets
     * every kept event after it again (the search reindex catches up this way).
     */
    void replay(String consumer, long afterEventId);
}
