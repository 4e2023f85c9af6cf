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
            Recorded<Ticket> followUp = tickets.openFollowUp(ticket, body, actor);
            return new FollowUp(followUp.value(), followUp.events());
        }
        return onTicket(ticket.requesterReplied(actor, store.now()), false);
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
