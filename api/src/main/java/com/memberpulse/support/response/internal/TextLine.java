package com.memberpulse.support.response.internal;

import com.memberpulse.support.common.error.SupportException;
import java.util.regex.Pattern;

/** One-line texts (titles, names, subjects) as stored: trimmed, inner runs of whitespace collapsed to one space. */
final class TextLine {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextLine() {
    }

    /** The normalised text; VALIDATION_FAILED on {@code field} if it is blank, longer than {@code max} or holds control characters. */
    static String required(String text, int max, String field, String what) {
        String line = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (line.isEmpty() || line.codePointCount(0, line.length()) > max) {
            throw SupportException.validation(field, what + " of 1 to " + max + " characters is required.");
        }
        if (line.chars().anyMatch(Character::isISOControl)) {
            throw SupportException.validation(field, what + " cannot contain control characters.");
        }
        return line;
    }
}
