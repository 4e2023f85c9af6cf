package com.memberpulse.support.search.index;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as the index holds it: what the queue filters, sorts, counts and searches on. {@code notes} (internal
 * notes) are searched for staff only; members' searches never touch the field. Built from PostgreSQL, the one source
 * of truth; the index is a copy that a reindex can rebuild at any time.
 */
public record TicketDocument(String tenant, String id, long number, String reference, String subject, String description,
                             List<String> replies, List<String> notes, String status, String priority, String categoryId,
                             String assigneeId, String requesterId, String requesterType, List<String> tags, Instant createdAt,
                             Instant updatedAt) {

    public TicketDocument {
        replies = List.copyOf(replies);
        notes = List.copyOf(notes);
        tags = List.copyOf(tags);
    }

    /** This document as of the ticket's {@code version}: a write of a lower version never replaces a higher one. */
    public record Versioned(TicketDocument document, long version) {
    }
}
