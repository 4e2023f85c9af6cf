package com.memberpulse.support.ticket;

import com.memberpulse.support.events.Recorded;
import com.memberpulse.support.security.CurrentUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@link TicketConversation}: runs in the message's transaction, so the ticket and the message commit together. */
@Service
class ConversationEffects implements TicketConversation {

    private final VisibleTickets visible;
    private final TicketStore store;
    private final TicketService tickets;

    ConversationEffects(VisibleTickets visible, TicketStore store, TicketService tickets) {
        this.visible = visible;
        this.store = store;
        this.tickets = tickets;
    }

    @Override
    @PreAuthorize("@access.staff() or @access.requester()")
    @Transactional(propagation = Propagation.MANDATORY)
    public Turn reply(UUID ticketId, String body) {
        Ticket ticket = visible.lock(ticketId);
        Actor actor = Actor.of(CurrentUser.get());
        if (visible.callerIsStaff()) {
            return onTicket(ticket.staffReplied(actor, store.now()), true);
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            return afterClosing(ticket, body, actor);
        }
        return onTicket(ticket.requesterReplied(actor, store.now()), false);
    }

    /**
     * The requester wrote on a closed ticket: the reply goes to the first follow-up down the chain that is not closed,
     * as a reply on it (reopening it if it waits or is resolved); when every follow-up is closed, it opens a follow-up of
     * the last one, so the chain stays one line. Each ticket is locked before its follow-up is looked for: replies
     * written at once wait for each other and find the follow-up the first one opened.
     */
    private Turn afterClosing(Ticket closed, String body, Actor actor) {
        Ticket last = closed;
        for (Ticket next = store.lockFollowUpOf(last.id()); next != null; next = store.lockFollowUpOf(last.id())) {
            if (next.status() != TicketStatus.CLOSED) {
                return onTicket(next.requesterReplied(actor, store.now()), false);
            }
            last = next;
        }
        Recorded<Ticket> followUp = tickets.openFollowUp(last, body, actor);
        return new FollowUp(followUp.value(), followUp.events());
    }

    @Override
    @PreAuthorize("@access.staff()")
    @Transactional(propagation = Propagation.MANDATORY)
    public Turn note(UUID ticketId) {
        return onTicket(visible.lock(ticketId).noteAdded(store.now()), true);
    }

    private Turn onTicket(TicketChange change, boolean byStaff) {
        return new OnTicket(change.after(), byStaff, store.save(change));
    }
}
