package com.memberpulse.support.ticket;

import java.util.UUID;

/** What a new ticket needs. {@code onBehalfOf} is for staff only; {@code channel} too (requesters use WEB). */
public record NewTicket(String subject, String description, UUID categoryId, TicketChannel channel, Requester onBehalfOf) {
}
