package com.memberpulse.support.attachment;

import java.util.UUID;

/**
 * What claims an upload: a ticket's description (no message) or a message, with what a download is then
 * authorised by: the visibility of the message and the ticket's requester (which never changes).
 */
public record AttachedTo(UUID ticketId, UUID messageId, Attachment.Visibility visibility, String requesterId) {

    /** The files of a ticket's own description: the requester sees them. */
    public static AttachedTo ticket(UUID ticketId, String requesterId) {
        return new AttachedTo(ticketId, null, Attachment.Visibility.PUBLIC, requesterId);
    }

    public static AttachedTo message(UUID ticketId, UUID messageId, Attachment.Visibility visibility, String requesterId) {
        return new AttachedTo(ticketId, messageId, visibility, requesterId);
    }
}
