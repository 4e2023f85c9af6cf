/**
 * The conversation on a ticket: public replies between staff and the requester, and internal notes among
 * staff that members never see, are never notified of and that never count as a response. What a message does to
 * its ticket is one call into the ticket feature ({@link com.memberpulse.support.ticket.TicketConversation}); each
 * message records a {@link com.memberpulse.support.message.MessageAdded} event.
 */
@NullMarked
package com.memberpulse.support.message;

import org.jspecify.annotations.NullMarked;
