/**
 * Tickets: raising them, the workflow of SPEC section 3, optimistic concurrency, the immutable history of every
 * change, tags, the requester's own list and the staff queue (filters, orders, keyset pagination, and with a search
 * the tickets {@link com.memberpulse.support.ticket.TicketSearch} names: a face the search feature implements, so
 * that this feature needs no part of it).
 * <p>
 * Every change is decided in plain Java by {@link com.memberpulse.support.ticket.Ticket}, which answers a
 * {@link com.memberpulse.support.ticket.TicketChange} (the ticket after it, history entries, events); services load,
 * call, save (one place: {@code TicketStore}) and answer the recorded events. Other features see three faces:
 * {@link com.memberpulse.support.ticket.TicketService} (the authorised use cases, and reading a ticket),
 * {@link com.memberpulse.support.ticket.TicketConversation} (what a reply or note does to a ticket, for the
 * conversation) and {@link com.memberpulse.support.ticket.TicketAssignment} (who holds a ticket, for assignment),
 * plus the value types and the {@link com.memberpulse.support.ticket.TicketEvent}s it records.
 */
@NullMarked
package com.memberpulse.support.ticket;

import org.jspecify.annotations.NullMarked;
