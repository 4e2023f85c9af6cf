package com.memberpulse.support.attachment;

import com.memberpulse.support.common.error.SupportException;
import java.time.OffsetDateTime;

/**
 * A tenant's attachment limits ({@code attachment_settings}): the largest file in bytes and the most files on one
 * message. The bounds are those of the table's checks (tenant migration V6), which {@code AttachmentSettingsTest}
 * holds to these constants.
 *
 * @param updatedAt when they last changed, to the millisecond (what clients see): the token of an update
 */
public record AttachmentSettings(long maxFileBytes, int maxFilesPerMessage, OffsetDateTime updatedAt) {

    /** 100 MB: the most a tenant may allow per file (the service's multipart limit sits above it). */
    public static final long MAX_FILE_BYTES_CEILING = 100L * 1024 * 1024;
    public static final int MAX_FILES_PER_MESSAGE_CEILING = 100;

    /** Refuses limits outside their bounds with VALIDATION_FAILED on the input field at fault. */
    public static void requireValid(long maxFileBytes, int maxFilesPerMessage) {
        if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES_CEILING) {
            throw SupportException.validation("input.maxFileBytes",
                    "The largest file must be from 1 byte to 100 MB (" + MAX_FILE_BYTES_CEILING + " bytes); " + maxFileBytes + " is not.");
        }
        if (maxFilesPerMessage < 1 || maxFilesPerMessage > MAX_FILES_PER_MESSAGE_CEILING) {
            throw SupportException.validation("input.maxFilesPerMessage",
                    "The number of files per message must be from 1 to " + MAX_FILES_PER_MESSAGE_CEILING + "; " + maxFilesPerMessage + " is not.");
        }
    }
}
