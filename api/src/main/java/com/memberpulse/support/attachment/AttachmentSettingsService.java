package com.memberpulse.support.attachment;

import com.memberpulse.support.attachment.internal.AttachmentMapper;
import com.memberpulse.support.common.persistence.VersionedWrites;
import java.time.OffsetDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's attachment limits, read and changed by its admins. Uploads and claims read the row each time (no
 * cache), so a change holds for the next upload on every instance.
 */
@Service
class AttachmentSettingsService {

    private final AttachmentMapper attachments;

    AttachmentSettingsService(AttachmentMapper attachments) {
        this.attachments = attachments;
    }

    @PreAuthorize("@access.admin()")
    @Transactional(readOnly = true)
    public AttachmentSettings get() {
        return attachments.settings();
    }

    /**
     * New limits, if the settings are still as the caller read them ({@code updatedAt}, to the millisecond): CONFLICT
     * otherwise. Every change moves {@code updatedAt} on by at least a millisecond, so it works as a version.
     */
    @PreAuthorize("@access.admin()")
    @Transactional
    public AttachmentSettings update(long maxFileBytes, int maxFilesPerMessage, OffsetDateTime updatedAt) {
        AttachmentSettings.requireValid(maxFileBytes, maxFilesPerMessage);
        return VersionedWrites.requireApplied(attachments.updateSettings(maxFileBytes, maxFilesPerMessage, updatedAt),
                "The attachment limits were changed by someone else meanwhile. Reload them and try again.");
    }
}
