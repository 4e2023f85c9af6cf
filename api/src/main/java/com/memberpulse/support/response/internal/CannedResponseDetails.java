package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an agent writes for a canned response, validated and normalised as it is stored: the title on one line
 * ({@link TextInput}), the body a {@link TemplateBody}, the shortcut lower-case (blank meaning none). Shortcut
 * uniqueness per owner is the database's to decide (see the V4 migration).
 */
public record CannedResponseDetails(String title, TemplateBody body, String shortcut) {

    private static final int MAX_TITLE_LENGTH = 120;
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9_-]{1,30}");

    /** The details of what was written; VALIDATION_FAILED on the field at fault. */
    public static CannedResponseDetails of(String title, String body, String shortcut) {
        return new CannedResponseDetails(TextInput.line(title, "input.title", MAX_TITLE_LENGTH, "A title"),
                TemplateBody.of(body, "input.body"), shortcut(shortcut));
    }

    private static String shortcut(String shortcut) {
        if (TextInput.isBlank(shortcut)) {
            return null;
        }
        // The pattern bounds the length. Only a-z, digits, '-' and '_' pass it: a valid shortcut is its own uniqueness key.
        String normalised = TextInput.line(shortcut, "input.shortcut", Integer.MAX_VALUE, "A shortcut").toLowerCase(Locale.ROOT);
        if (!SHORTCUT.matcher(normalised).matches()) {
            throw SupportException.validation("input.shortcut",
                    "A shortcut is 1 to 30 letters (a-z), digits, '-' or '_', without spaces.");
        }
        return normalised;
    }
}
