package com.memberpulse.support.ticket;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.ticket.internal.TicketMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link TicketAssignment}. */
@Service
class AssignmentEffects implements TicketAssignment {

    private final TicketMapper tickets;
    private final VisibleTickets visible;
    private final TicketStore store;

    AssignmentEffects(TicketMapper tickets, VisibleTickets visible, TicketStore store) {
        this.tickets = tickets;
        this.visible = visible;
        this.store = store;
    }

    @Override
    @PreAuthorize("@access.admin()")
    @Transactional
    public Recorded<Ticket> assign(UUID ticketId, int version, @Nullable Assignee agent, @Nullable String reason) {
        TicketChange change = visible.lock(ticketId, version).assignByHand(agent, Actor.of(CurrentUser.get()), reason, store.now());
        return new Recorded<>(change.after(), store.save(change));
    }

    @Override
    @PreAuthorize("@access.admin()")
    @Transactional
    public List<DomainEvent> requestAssignment(UUID ticketId) {
        return store.save(visible.find(ticketId).requestAssignment());
    }

    @Override
    @Transactional
    public List<Ticket> lockAssignable(List<UUID> ids, boolean skipLocked) {
        return ids.isEmpty() ? List.of() : tickets.lockAssignable(ids, skipLocked);
    }

    @Override
    @Transactional
    public void assignAutomatically(Ticket ticket, Assignee agent, Actor rule, String note) {
        store.save(ticket.assign(agent, rule, note, store.now()));
    }

    @Override
    @Transactional
    public Recorded<Integer> releaseAllHeldBy(String agentId, Actor actor, String why) {
        List<Ticket> held = tickets.lockOpenHeldBy(agentId);
        List<DomainEvent> events = new ArrayList<>();
        held.forEach(ticket -> events.addAll(store.save(ticket.release(actor, why, store.now()))));
        return new Recorded<>(held.size(), events);
    }
}
