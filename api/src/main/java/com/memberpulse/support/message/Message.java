package com.memberpulse.support.message;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message on a ticket. The body is sanitised rich text. */
public record Message(UUID id, UUID ticketId, Visibility visibility, String authorId, String authorName, AuthorRole authorRole,
                      String body, OffsetDateTime createdAt) {

    /** PUBLIC: a reply the requester sees. INTERNAL: a note among staff. */
    public enum Visibility { PUBLIC, INTERNAL }

    /** Whether the author worked the ticket (staff) or raised it (the requester). */
    public enum AuthorRole { STAFF, REQUESTER }
}
