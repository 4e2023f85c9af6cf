package com.memberpulse.support.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An uploaded file. Until a ticket or message claims it, only its uploader sees it; the claim sets where it
 * belongs and who may see it ({@link AttachedTo}).
 *
 * @param name        sanitised file name
 * @param contentType detected from the content
 * @param sha256      lower-case hex SHA-256 of the content
 */
public record Attachment(UUID id, String name, long size, String contentType, String sha256, String uploadedBy,
                         OffsetDateTime createdAt, UUID ticketId, UUID messageId, Visibility visibility, String requesterId,
                         OffsetDateTime claimedAt) {

    /** PUBLIC: the requester sees it too. INTERNAL: staff only (a note's file). */
    public enum Visibility { PUBLIC, INTERNAL }

    /** Where the API serves the file, relative to its base URL. */
    public String url() {
        return "/attachments/" + id;
    }

    boolean claimed() {
        return claimedAt != null;
    }
}
