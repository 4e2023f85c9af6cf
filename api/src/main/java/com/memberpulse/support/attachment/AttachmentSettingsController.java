package com.memberpulse.support.attachment;

import java.time.OffsetDateTime;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The attachment limits over GraphQL. Who may do what is decided in {@link AttachmentSettingsService}. */
@Controller
class AttachmentSettingsController {

    private final AttachmentSettingsService settings;

    AttachmentSettingsController(AttachmentSettingsService settings) {
        this.settings = settings;
    }

    @QueryMapping
    AttachmentSettings attachmentSettings() {
        return settings.get();
    }

    @MutationMapping
    AttachmentSettings updateAttachmentSettings(@Argument UpdateAttachmentSettingsInput input) {
        return settings.update(input.maxFileBytes(), input.maxFilesPerMessage(), input.updatedAt());
    }

    record UpdateAttachmentSettingsInput(int maxFileBytes, int maxFilesPerMessage, OffsetDateTime updatedAt) {
    }
}
