package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventJson;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.tenant.TenantContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends to the outbox in the caller's transaction, for the tenant in context. */
@Component
class OutboxEventLog implements EventLog {

    private final OutboxMapper outbox;

    OutboxEventLog(OutboxMapper outbox) {
        this.outbox = outbox;
    }

    @Override
    public DomainEvent append(@Nullable UUID ticketId, String type, Object payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An event is appended in the transaction of its change; none is open (" + type + ")");
        }
        if (type.isBlank()) {
            throw new IllegalArgumentException("An event needs a type");
        }
        return outbox.append(TenantContext.require().slug(), ticketId, type, EventJson.write(payload));
    }

    @Override
    public boolean recordedAfter(DomainEvent event, String type) {
        return event.ticketId() != null && outbox.recordedAfter(event.ticketId(), event.id(), type);
    }

    @Override
    public long lastPosition() {
        return outbox.lastPosition();
    }

    @Override
    public List<Positioned> after(long position, int limit) {
        return outbox.after(position, limit).stream()
                .map(row -> new Positioned(new DomainEvent(row.id(), row.tenant(), row.ticketId(), row.type(), row.payload(), row.recordedAt()),
                        row.position()))
                .toList();
    }

    @Override
    public List<DomainEvent> followingWithin(DomainEvent event, Duration within) {
        return event.ticketId() == null ? List.of() : outbox.ofTicketAfter(event.ticketId(), event.id(), event.recordedAt().plus(within));
    }
}
