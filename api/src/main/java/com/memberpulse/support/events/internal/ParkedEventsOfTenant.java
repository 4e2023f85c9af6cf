package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.ParkedEvent;
import com.memberpulse.support.events.TenantParkedEvents;
import com.memberpulse.support.tenant.TenantContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The {@link TenantParkedEvents}: the control schema's parked events, narrowed to the current tenant's. */
@Service
class ParkedEventsOfTenant implements TenantParkedEvents {

    private final ParkedMapper parked;
    private final OutboxMapper outbox;

    ParkedEventsOfTenant(ParkedMapper parked, OutboxMapper outbox) {
        this.parked = parked;
        this.outbox = outbox;
    }

    @Override
    public List<ParkedEvent> page(Collection<String> consumers, long afterId, int limit) {
        return parked.pageInTenant(tenant(), names(consumers), afterId, limit);
    }

    @Override
    public long count(Collection<String> consumers) {
        return parked.countInTenant(tenant(), names(consumers));
    }

    @Override
    public List<ParkedEvent> ofTickets(Collection<String> consumers, Collection<UUID> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : parked.ofTickets(tenant(), names(consumers), ticketIds);
    }

    @Override
    public List<Long> requestRedelivery(Collection<String> consumers, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> requested = parked.requestRedeliveryInTenant(tenant(), names(consumers), ids);
        if (!requested.isEmpty()) {
            outbox.notifyReady();
        }
        return requested;
    }

    private static String tenant() {
        return TenantContext.require().slug();
    }

    private static String[] names(Collection<String> consumers) {
        return consumers.toArray(String[]::new);
    }
}
