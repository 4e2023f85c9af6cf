package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.response.ResponseTemplateKind;

/**
 * What an admin writes for a response template, validated and normalised as it is stored: the name and the
 * {@link ResponseTemplateText}. Name uniqueness is the database's to decide.
 */
public record ResponseTemplateDetails(String name, String subject, TemplateBody body) {

    private static final int MAX_NAME_LENGTH = 80;

    /** The details of what was written for a template of {@code kind}; VALIDATION_FAILED on the field at fault. */
    public static ResponseTemplateDetails of(ResponseTemplateKind kind, String name, String subject, String body) {
        String line = TextInput.line(name, "input.name", MAX_NAME_LENGTH, "A name");
        ResponseTemplateText text = ResponseTemplateText.of(kind, subject, body);
        return new ResponseTemplateDetails(line, text.subject(), text.body());
    }
}
