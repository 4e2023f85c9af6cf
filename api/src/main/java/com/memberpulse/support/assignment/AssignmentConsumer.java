package com.memberpulse.support.assignment;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.ticket.TicketEvent;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Automatic assignment as a consumer of the event log (SPEC section 8): a ticket that wants an agent is queued and
 * placed; when an agent's load goes down or capacity is freed, the waiting tickets are placed, oldest first; a
 * ticket someone took, or that was resolved or closed, leaves the queue. Every step is idempotent (a queued ticket is
 * queued once, a placed one is no longer assignable, a request for an agent older than the ticket's last assignee
 * change is passed over), so a second or late delivery of an event changes nothing. Requests
 * that answer with the assignee deliver their events at once ({@link #acceptsImmediateDelivery}); the relay delivers
 * every event anyway, which is what places a ticket whose request was cut short.
 */
@Component
class AssignmentConsumer implements EventConsumer {

    private static final Set<String> TYPES = Set.of(TicketEvent.NeedsAssignee.TYPE, TicketEvent.LoadReleased.TYPE, CapacityFreed.TYPE,
            TicketEvent.AssigneeChanged.TYPE, TicketEvent.StatusChanged.TYPE);

    private final AutoAssigner assigner;
    private final EventLog log;

    AssignmentConsumer(AutoAssigner assigner, EventLog log) {
        this.assigner = assigner;
        this.log = log;
    }

    @Override
    public String name() {
        return "assignment";
    }

    @Override
    public boolean accepts(String type) {
        return TYPES.contains(type);
    }

    @Override
    public boolean acceptsImmediateDelivery() {
        return true;
    }

    @Override
    public void handle(DomainEvent event) {
        switch (event.type()) {
            case TicketEvent.NeedsAssignee.TYPE -> {
                // Handed over late, after someone has given or taken the ticket since: that later change decides (an
                // admin's plain unassign must not be undone by an older "wants an agent").
                if (!log.recordedAfter(event, TicketEvent.AssigneeChanged.TYPE)) {
                    assigner.queueAndPlace(event.ticketId(), event.payload(TicketEvent.NeedsAssignee.class).ticketCreatedAt());
                }
            }
            case TicketEvent.LoadReleased.TYPE, CapacityFreed.TYPE -> assigner.drain();
            case TicketEvent.AssigneeChanged.TYPE -> {
                if (event.payload(TicketEvent.AssigneeChanged.class).to() != null) {
                    assigner.settled(event.ticketId());
                }
            }
            case TicketEvent.StatusChanged.TYPE -> {
                if (!event.payload(TicketEvent.StatusChanged.class).to().isOpen()) {
                    assigner.settled(event.ticketId());
                }
            }
            default -> throw new IllegalArgumentException("Not an assignment event: " + event.type());
        }
    }
}
