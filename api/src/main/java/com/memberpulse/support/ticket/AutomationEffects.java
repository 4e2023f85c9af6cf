package com.memberpulse.support.ticket;

import com.memberpulse.support.ticket.internal.TicketMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link TicketAutomation}. */
@Service
class AutomationEffects implements TicketAutomation {

    private final TicketMapper tickets;
    private final TicketStore store;

    AutomationEffects(TicketMapper tickets, TicketStore store) {
        this.tickets = tickets;
        this.store = store;
    }

    @Override
    @Transactional
    public Optional<Ticket> lockIfFree(UUID ticketId) {
        return Optional.ofNullable(tickets.lockIfFree(ticketId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> find(UUID ticketId) {
        return Optional.ofNullable(tickets.find(ticketId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> inIdOrder(@Nullable UUID after, int limit) {
        return tickets.inIdOrder(after, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Revision> revisionsInIdOrder(@Nullable UUID after, int limit) {
        return tickets.revisionsInIdOrder(after, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID ticketId) {
        return tickets.history(ticketId);
    }

    @Override
    @Transactional
    public void note(UUID ticketId, Actor actor, HistoryEntry.Field field, String value, String note) {
        tickets.insertHistory(HistoryEntry.of(ticketId, actor, field, null, value, note).at(store.now()));
    }

    @Override
    @Transactional
    public boolean raisePriority(UUID ticketId, Actor rule, String note) {
        Ticket ticket = tickets.lock(ticketId);
        return ticket != null && saved(ticket.escalate(rule, note, store.now()));
    }

    @Override
    @Transactional
    public boolean reassign(UUID ticketId, Assignee agent, Actor rule, String note) {
        Ticket ticket = tickets.lock(ticketId);
        return ticket != null && ticket.status() != TicketStatus.CLOSED && saved(ticket.assign(agent, rule, note, store.now()));
    }

    @Override
    @Transactional
    public boolean closeResolved(UUID ticketId, OffsetDateTime resolvedBy, String note) {
        Ticket ticket = tickets.lock(ticketId);
        if (ticket == null || ticket.status() != TicketStatus.RESOLVED || ticket.resolvedAt() == null || ticket.resolvedAt().isAfter(resolvedBy)) {
            return false;
        }
        return saved(ticket.moveTo(TicketStatus.CLOSED, TicketWorkflow.Mover.STAFF, Actor.system("auto-close"), note, store.now()));
    }

    private boolean saved(TicketChange change) {
        if (change.isNone()) {
            return false;
        }
        store.save(change);
        return true;
    }
}
