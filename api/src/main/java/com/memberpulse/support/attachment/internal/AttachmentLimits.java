package com.memberpulse.support.attachment.internal;

/** A tenant's attachment limits ({@code attachment_settings}): bytes per file, files per message. */
public record AttachmentLimits(long maxFileBytes, int maxFilesPerMessage) {
}
