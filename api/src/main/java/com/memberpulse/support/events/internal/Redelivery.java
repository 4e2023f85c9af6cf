package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.ParkedEvent;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.tenant.Tenant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers parked events an admin asked to have sent again: once each, outside the partitions' order (the partition
 * went on long ago). Delivered, it leaves the parked list; failing again, it stays parked with one more try counted.
 */
@Component
class Redelivery {

    private static final Logger log = LoggerFactory.getLogger(Redelivery.class);
    private static final int BATCH = 20;

    private final ParkedMapper parked;
    private final Consumers consumers;
    private final EventProperties properties;

    Redelivery(ParkedMapper parked, Consumers consumers, EventProperties properties) {
        this.parked = parked;
        this.consumers = consumers;
        this.properties = properties;
    }

    /** Redelivers what is due and this instance's consumers handle; returns how many it tried. */
    int redeliverDue(String owner) {
        String[] names = consumers.names();
        if (names.length == 0) {
            return 0;
        }
        List<Long> ids = parked.claimRedeliveries(names, owner, properties.lease().toMillis(), BATCH);
        for (long id : ids) {
            redeliver(id, owner);
        }
        return ids.size();
    }

    private void redeliver(long id, String owner) {
        ParkedEvent entry = parked.find(id);
        EventConsumer consumer = entry == null ? null : consumers.named(entry.consumer());
        if (entry == null || consumer == null) {
            return;
        }
        DomainEvent event = new DomainEvent(entry.eventId(), entry.tenant(), entry.ticketId(), entry.type(), entry.payload(),
                entry.recordedAt().toInstant());
        Optional<Tenant> tenant = consumers.servedTenant(entry.tenant());
        try {
            if (tenant.isEmpty()) {
                throw new IllegalStateException("Tenant '" + entry.tenant() + "' is not served any more");
            }
            Consumers.handleIn(tenant.get(), consumer, event);
            parked.redelivered(id, owner);
            log.info("Parked event {} redelivered to consumer '{}'", event.id(), consumer.name());
        } catch (Exception failure) {
            log.warn("Parked event {} failed again in consumer '{}'", event.id(), consumer.name(), failure);
            parked.failedAgain(id, owner, Consumers.describe(failure));
        }
    }
}
