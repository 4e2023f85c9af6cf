package com.memberpulse.support.attachment.internal;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;

/** The refusal of a file's content (415 UNSUPPORTED_MEDIA_TYPE), with what is accepted instead. */
final class UnsupportedFile {

    static final String ACCEPTED = "Accepted: images (PNG, JPEG, GIF, WebP), PDF, plain text and CSV, "
            + "Word, Excel and PowerPoint documents (.docx, .xlsx, .pptx) and OpenDocument (.odt, .ods, .odp).";

    private UnsupportedFile() {
    }

    static SupportException refused(String message) {
        return new SupportException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
