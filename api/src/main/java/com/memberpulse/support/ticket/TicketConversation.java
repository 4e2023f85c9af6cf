package com.memberpulse.support.ticket;

import com.memberpulse.support.events.DomainEvent;
import java.util.List;
import java.util.UUID;

/**
 * What writing on a ticket does to it: the ticket feature's face for the conversation (the {@code message}
 * feature), which writes the message itself in the same transaction, after this call. One call per message: it
 * finds the ticket the caller may see (NOT_FOUND otherwise), locks it until the transaction ends, applies the
 * workflow's effect of the message and says where the message goes.
 */
public interface TicketConversation {

    /**
     * A public reply by staff or by the ticket's requester: staff answer (the first answer is the first response;
     * closed tickets refuse it), the requester's reply reopens a WAITING or RESOLVED ticket. On a CLOSED one it goes to
     * its follow-up while that is not closed ({@link OnTicket} names the follow-up), or else becomes a new follow-up
     * ticket ({@link FollowUp}, the body its description: no message is written then).
     */
    Turn reply(UUID ticketId, String body);

    /** An internal note (staff only): the ticket was worked on; closed tickets refuse it. */
    Turn note(UUID ticketId);

    /** Where the message goes and what it did to the ticket. */
    sealed interface Turn {

        /** The ticket the message went to, as it is after it (a follow-up when the one written on was closed). */
        Ticket ticket();

        /** What the ticket recorded. */
        List<DomainEvent> events();
    }

    /** Write the message on {@code ticket}; {@code byStaff} says in which role. */
    record OnTicket(Ticket ticket, boolean byStaff, List<DomainEvent> events) implements Turn {
    }

    /** The ticket was closed: the reply is the description of {@code ticket}, a new follow-up linked to it. */
    record FollowUp(Ticket ticket, List<DomainEvent> events) implements Turn {
    }
}
