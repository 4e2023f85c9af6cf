package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.InstanceEventListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands every positioned event, in position order, to this instance's {@link InstanceEventListener}s, from the end of
 * the log as it was when the instance started. The position lives in memory only: listeners are for live things.
 */
@Component
class InstanceFanOut {

    private static final Logger log = LoggerFactory.getLogger(InstanceFanOut.class);
    private static final int BATCH = 500;

    private final List<InstanceEventListener> listeners;
    private final OutboxMapper outbox;
    private long position = -1;

    InstanceFanOut(List<InstanceEventListener> listeners, OutboxMapper outbox) {
        this.listeners = listeners;
        this.outbox = outbox;
    }

    /** Starts from the end of the log; call before the first {@link #deliver()}. */
    void start() {
        position = outbox.lastPosition();
    }

    /** Delivers what was positioned since the last call; true if there may be more right away. Relay thread only. */
    boolean deliver() {
        if (listeners.isEmpty() || position < 0) {
            return false;
        }
        List<OutboxMapper.Positioned> rows = outbox.after(position, BATCH);
        for (OutboxMapper.Positioned row : rows) {
            for (InstanceEventListener listener : listeners) {
                try {
                    listener.onEvent(row.event());
                } catch (RuntimeException e) {
                    log.warn("Instance listener {} failed on event {}", listener.getClass().getName(), row.id(), e);
                }
            }
            position = row.position();
        }
        return rows.size() == BATCH;
    }
}
