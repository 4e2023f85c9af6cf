package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.response.ResponseTemplateKind;
import com.memberpulse.support.response.TemplateRenderer;

/**
 * What an admin writes for a response template, validated and normalised as it is stored. Only notification
 * templates have a subject (a one-line plain-text template); a reply template given one is refused rather than
 * silently losing it. Name uniqueness is the database's to decide.
 */
public record ResponseTemplateDetails(String name, String subject, TemplateBody body) {

    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_SUBJECT_LENGTH = 200;

    /** The details of what was written for a template of {@code kind}; VALIDATION_FAILED on the field at fault. */
    public static ResponseTemplateDetails of(ResponseTemplateKind kind, String name, String subject, String body) {
        return new ResponseTemplateDetails(TextInput.line(name, "input.name", MAX_NAME_LENGTH, "A name"), subject(kind, subject),
                TemplateBody.of(body, "input.body"));
    }

    private static String subject(ResponseTemplateKind kind, String subject) {
        if (!kind.isNotification()) {
            if (!TextInput.isBlank(subject)) {
                throw SupportException.validation("input.subject", "Only notification templates have a subject.");
            }
            return null;
        }
        String line = TextInput.line(subject, "input.subject", MAX_SUBJECT_LENGTH, "A notification subject");
        TemplateRenderer.problem(line).ifPresent(problem -> {
            throw SupportException.validation("input.subject", problem);
        });
        return line;
    }
}
