package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A ticket as stored. The requester's name and e-mail are as known when the ticket was raised; the
 * assignee is null while nobody holds it; {@code followUpOf} links a ticket opened by writing on a closed one.
 */
public record Ticket(
        UUID id,
        long number,
        String subject,
        String description,
        TicketStatus status,
        Priority priority,
        UUID categoryId,
        String requesterId,
        RequesterType requesterType,
        String requesterName,
        String requesterEmail,
        String assigneeId,
        String assigneeName,
        TicketChannel channel,
        UUID followUpOf,
        String createdById,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime firstRespondedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        int version) {

    /** Who the ticket is for, as known when it was raised. */
    public Requester requester() {
        return new Requester(requesterId, requesterType, requesterName, requesterEmail);
    }

    /** The agent holding it, or null while nobody does. */
    public Assignee assignee() {
        return assigneeId == null ? null : new Assignee(assigneeId, assigneeName);
    }

    /** How people refer to the ticket: {@code #1042}. */
    public String reference() {
        return "#" + number;
    }

    public boolean isSponsorTicket() {
        return requesterType == RequesterType.SPONSOR;
    }
}
