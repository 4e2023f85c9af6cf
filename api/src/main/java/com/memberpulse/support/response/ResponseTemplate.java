package com.memberpulse.support.response;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A response template of the current tenant; notification templates also have a plain-text subject. */
public record ResponseTemplate(UUID id, ResponseTemplateKind kind, String name, String subject, String body,
                               OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    /** Notification templates are what the notifications are sent with, so they can be edited but not removed. */
    public boolean deletable() {
        return !kind.isNotification();
    }
}
