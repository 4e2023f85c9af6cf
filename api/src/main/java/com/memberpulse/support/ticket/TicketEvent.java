package com.memberpulse.support.ticket;

import java.util.UUID;

/**
 * What the ticket feature tells others, as Spring application events published inside the transaction that made
 * the change (listeners that write must do so in it, or after its commit). The assignment feature acts on them.
 */
public sealed interface TicketEvent {

    /**
     * An open ticket nobody holds wants an agent: it was raised, its category or priority changed, or it was handed
     * back to automatic assignment.
     */
    record NeedsAssignee(UUID ticketId) implements TicketEvent {
    }

    /** An agent's open load went down (a ticket of theirs was resolved, closed, lowered in priority or taken from them). */
    record LoadReleased(String agentId) implements TicketEvent {
    }
}
