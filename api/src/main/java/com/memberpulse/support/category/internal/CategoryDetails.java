package com.memberpulse.support.category.internal;

import com.memberpulse.support.common.error.SupportException;
import java.util.regex.Pattern;

/**
 * The text an admin gives a category, validated and normalised as it is stored: the name trimmed with inner runs
 * of whitespace collapsed to one space (so names read alike wherever they are shown), the description trimmed,
 * blank meaning none. Uniqueness is the database's to decide (see the V2 migration).
 */
public record CategoryDetails(String name, String description) {

    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_DESCRIPTION_LENGTH = 500;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public CategoryDetails {
        name = name == null ? "" : WHITESPACE.matcher(name).replaceAll(" ").strip();
        if (name.isEmpty() || length(name) > MAX_NAME_LENGTH) {
            throw SupportException.validation("input.name", "A category name of 1 to " + MAX_NAME_LENGTH + " characters is required.");
        }
        if (hasControlCharacters(name)) {
            throw SupportException.validation("input.name", "A category name cannot contain control characters.");
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && length(description) > MAX_DESCRIPTION_LENGTH) {
            throw SupportException.validation("input.description",
                    "A category description can have at most " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        if (description != null && hasControlCharacters(description)) {
            throw SupportException.validation("input.description", "A category description cannot contain control characters.");
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Line breaks and tabs are whitespace and fine; other control characters (NUL among them) cannot be stored. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c));
    }
}
