package com.memberpulse.support.notification;

import com.memberpulse.support.notification.internal.NotificationMapper.StoredSettings;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** How a tenant's notifications go out, as admins see it: the webhook secret itself is never shown again. */
record NotificationSettings(boolean emailEnabled, @Nullable String fromAddress, @Nullable String fromName, @Nullable String replyToAddress,
                            boolean webhookEnabled, @Nullable String webhookUrl, @Nullable WebhookSecretInfo webhookSecret,
                            OffsetDateTime updatedAt) {

    /** A secret told apart by its last 4 characters, with when it was made and until when the one before still signs. */
    record WebhookSecretInfo(String hint, OffsetDateTime createdAt, @Nullable OffsetDateTime previousValidUntil) {
    }

    static NotificationSettings of(StoredSettings stored) {
        String secret = stored.webhookSecret();
        WebhookSecretInfo info = secret == null || stored.webhookSecretCreatedAt() == null ? null
                : new WebhookSecretInfo(secret.substring(secret.length() - 4), stored.webhookSecretCreatedAt(), stored.previousSecretValidUntil());
        return new NotificationSettings(stored.emailEnabled(), stored.fromAddress(), stored.fromName(), stored.replyToAddress(),
                stored.webhookEnabled(), stored.webhookUrl(), info, stored.updatedAt());
    }
}
