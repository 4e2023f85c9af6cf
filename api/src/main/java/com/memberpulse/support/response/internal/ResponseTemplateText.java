package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.response.ResponseTemplateKind;
import org.jspecify.annotations.Nullable;

/**
 * What a template of a kind says, validated as it is stored: the subject (notification templates only, a one-line
 * plain-text template; a reply template given one is refused rather than silently losing it) and the body. Saving
 * and previewing check it alike, so a preview shows exactly the error a save would give.
 */
public record ResponseTemplateText(@Nullable String subject, TemplateBody body) {

    private static final int MAX_SUBJECT_LENGTH = 200;

    /** The text written for a template of {@code kind}; VALIDATION_FAILED on {@code input.subject} or {@code input.body}. */
    public static ResponseTemplateText of(ResponseTemplateKind kind, @Nullable String subject, String body) {
        return new ResponseTemplateText(subject(kind, subject), TemplateBody.of(body, "input.body"));
    }

    private static @Nullable String subject(ResponseTemplateKind kind, @Nullable String subject) {
        if (!kind.isNotification()) {
            if (!TextInput.isBlank(subject)) {
                throw SupportException.validation("input.subject", "Only notification templates have a subject.");
            }
            return null;
        }
        String line = TextInput.line(subject, "input.subject", MAX_SUBJECT_LENGTH, "A notification subject");
        TemplateBody.requireRenderable(line, "input.subject");
        return line;
    }
}
