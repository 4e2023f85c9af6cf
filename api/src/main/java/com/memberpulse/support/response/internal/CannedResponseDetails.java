package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.error.SupportException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an agent writes for a canned response, validated and normalised as it is stored: the title on one line, the
 * body a {@link TemplateBody}, the shortcut lower-case (blank meaning none). Shortcut uniqueness per owner is the
 * database's to decide (see the V4 migration).
 */
public record CannedResponseDetails(String title, TemplateBody body, String shortcut) {

    private static final int MAX_TITLE_LENGTH = 120;
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9_-]{1,30}");

    /** The details of what was written; VALIDATION_FAILED on the field at fault. */
    public static CannedResponseDetails of(String title, String body, String shortcut) {
        return new CannedResponseDetails(TextLine.required(title, MAX_TITLE_LENGTH, "input.title", "A title"),
                TemplateBody.of(body, "input.body"), shortcut(shortcut));
    }

    private static String shortcut(String shortcut) {
        if (shortcut == null || shortcut.isBlank()) {
            return null;
        }
        String normalised = shortcut.strip().toLowerCase(Locale.ROOT);
        if (!SHORTCUT.matcher(normalised).matches()) {
            throw SupportException.validation("input.shortcut",
                    "A shortcut is 1 to 30 letters (a-z), digits, '-' or '_', without spaces.");
        }
        return normalised;
    }
}
