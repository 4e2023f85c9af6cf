package com.memberpulse.support.ticket;

import java.util.List;
import java.util.UUID;

/**
 * What a new ticket needs. {@code onBehalfOf} is for staff only; {@code channel} too (requesters use WEB).
 * {@code attachmentIds} name the caller's uploads for the description ({@code Ids.NOTHING} for a malformed id).
 */
public record NewTicket(String subject, String description, UUID categoryId, TicketChannel channel, Requester onBehalfOf,
                        List<UUID> attachmentIds) {
}
