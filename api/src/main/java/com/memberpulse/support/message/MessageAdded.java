package com.memberpulse.support.message;

import java.util.UUID;

/** The event a message records (type {@value #TYPE}): who wrote it and who may read it (notes are staff-only). */
public record MessageAdded(UUID messageId, Message.Visibility visibility, Message.AuthorRole authorRole) {

    public static final String TYPE = "message.added";
}
