package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.events.EventRelay;
import com.memberpulse.support.tenant.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Early delivery on the caller's thread, and replay; both work whether or not this instance runs the relay loop. */
@Component
class ConsumerEventRelay implements EventRelay {

    private static final Logger log = LoggerFactory.getLogger(ConsumerEventRelay.class);

    private final Consumers consumers;
    private final OutboxMapper outbox;
    private final ProgressMapper progress;
    private final EventProperties properties;

    ConsumerEventRelay(Consumers consumers, OutboxMapper outbox, ProgressMapper progress, EventProperties properties) {
        this.consumers = consumers;
        this.outbox = outbox;
        this.progress = progress;
        this.properties = properties;
    }

    @Override
    public void deliverNow(List<DomainEvent> events) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("deliverNow runs after the commit, outside any transaction");
        }
        Map<String, Optional<Tenant>> tenants = new HashMap<>();
        for (DomainEvent event : events) {
            for (EventConsumer consumer : consumers.all()) {
                if (!consumer.acceptsImmediateDelivery() || !consumer.accepts(event.type())) {
                    continue;
                }
                Optional<Tenant> tenant = tenants.computeIfAbsent(event.tenant(), consumers::servedTenant);
                if (tenant.isEmpty()) {
                    continue;
                }
                try {
                    Consumers.handleIn(tenant.get(), consumer, event);
                } catch (Exception e) {
                    log.warn("Early delivery of event {} to consumer '{}' failed; the relay delivers it again", event.id(), consumer.name(), e);
                }
            }
        }
    }

    /**
     * Sets every partition of the consumer to the position just before the first kept event with an id above
     * {@code afterEventId} (ids and positions differ in order only among events whose transactions overlapped, so
     * a few events at or below the id may come again too: delivery is at least once anyway).
     */
    @Override
    public void replay(String consumer, long afterEventId) {
        progress.addPartitions(consumer, properties.partitions());
        long position = outbox.positionBefore(afterEventId);
        progress.reset(consumer, position);
        outbox.notifyReady();
        log.info("Consumer '{}' set back to position {} (events after id {})", consumer, position, afterEventId);
    }
}
