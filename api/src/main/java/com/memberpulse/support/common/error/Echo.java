package com.memberpulse.support.common.error;

import org.jspecify.annotations.Nullable;

/**
 * Bounds what an error message quotes back: input is the caller's, of any length and content, and a message that
 * repeats it whole would carry 3,000 characters of someone's markup to every client that shows errors.
 */
public final class Echo {

    /** Most code points of input a message quotes. */
    static final int MAX_QUOTED = 60;
    /** Most code points of a whole message, whatever built it (the backstop where errors are shaped). */
    static final int MAX_MESSAGE = 500;

    private static final String ELLIPSIS = "…";

    private Echo() {
    }

    /**
     * {@code input} fit to quote in a message: at most 60 code points, an ellipsis where it is cut; invisible format
     * characters and controls removed, line breaks and tabs turned into spaces.
     */
    public static String of(@Nullable Object input) {
        return bounded(String.valueOf(input), MAX_QUOTED);
    }

    /** A whole message bounded the same way, at most 500 code points. */
    public static String message(@Nullable String message) {
        return bounded(message == null ? "" : message, MAX_MESSAGE);
    }

    private static String bounded(String text, int max) {
        StringBuilder kept = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isHidden(codePoint)) {
                continue;
            }
            if (count == max) {
                return kept.append(ELLIPSIS).toString();
            }
            kept.appendCodePoint(Character.isWhitespace(codePoint) ? ' ' : codePoint);
            count++;
        }
        return kept.toString();
    }

    /** Control characters other than spacing, and invisible format characters (zero-width, direction overrides, BOM). */
    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL && !Character.isWhitespace(codePoint) || type == Character.FORMAT;
    }
}
