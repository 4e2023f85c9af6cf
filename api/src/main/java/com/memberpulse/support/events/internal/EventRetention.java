package com.memberpulse.support.events.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes events older than the retention that every consumer has passed, never a parked one; an event a consumer
 * still has to go through is kept however old. Safe on many instances at once (a delete is a delete).
 */
@Component
class EventRetention {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);
    private static final int BATCH = 5_000;

    private final OutboxMapper outbox;
    private final EventProperties properties;

    EventRetention(OutboxMapper outbox, EventProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${memberpulse.events.cleanup-interval:PT1H}", fixedDelayString = "${memberpulse.events.cleanup-interval:PT1H}")
    void deleteExpired() {
        int deleted = deleteDeliveredBefore(Instant.now().minus(properties.retention()));
        if (deleted > 0) {
            log.info("Deleted {} delivered events past their retention of {}", deleted, properties.retention());
        }
    }

    /** Deletes the delivered, unparked events recorded before {@code cutoff}; returns how many. */
    int deleteDeliveredBefore(Instant cutoff) {
        int deleted = 0;
        int batch;
        do {
            batch = outbox.deleteDelivered(cutoff, properties.partitions(), BATCH);
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }
}
