/**
 * Tickets: raising them, the workflow of SPEC section 3, optimistic concurrency, the immutable history of
 * every change, the requester's own list and the staff queue (filters, orders, keyset pagination).
 * Other features see {@link com.memberpulse.support.ticket.TicketService} and the ticket's value types.
 */
package com.memberpulse.support.ticket;
