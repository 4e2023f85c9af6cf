package com.memberpulse.support.common.text;

import com.memberpulse.support.common.error.SupportException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Plain text from people, as stored (SPEC section 14, end): Unicode NFC, trimmed, without invisible format characters
 * (zero-width spaces and joiners, bidi overrides, soft hyphens, byte-order marks: category Cf), lengths in code points.
 * One-line texts (names, subjects, titles, keywords, notes) have every run of whitespace, line breaks included, made one
 * space; other control characters are refused rather than guessed at. Uniqueness compares {@link #key}.
 */
public final class TextInput {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\p{IsWhite_Space}+");

    private TextInput() {
    }

    /** A required one-line text; VALIDATION_FAILED on {@code field} when nothing visible is left, it is too long or it holds control characters. */
    public static String line(@Nullable String raw, String field, int max, String what) {
        String line = trimmed(WHITESPACE_RUN.matcher(visible(raw, field, what)).replaceAll(" "));
        requireNoControl(line, field, what);
        if (line.isEmpty() || length(line) > max) {
            throw SupportException.validation(field, what + " of 1 to " + max + " characters is required.");
        }
        return line;
    }

    /** An optional one-line text as by {@link #line}; null when nothing visible is given. */
    public static @Nullable String optionalLine(@Nullable String raw, String field, int max, String what) {
        return isBlank(raw) ? null : line(raw, field, max, what);
    }

    /** An optional text of several lines (a description): line breaks and tabs kept, null when nothing visible is given. */
    public static @Nullable String optionalText(@Nullable String raw, String field, int max, String what) {
        if (isBlank(raw)) {
            return null;
        }
        String text = trimmed(visible(raw, field, what));
        requireNoControl(text, field, what);
        if (length(text) > max) {
            throw SupportException.validation(field, what + " can have at most " + max + " characters.");
        }
        return text;
    }

    /**
     * One line of text the service composes from other systems' data (a name from Keycloak in a system note): tidied as
     * {@link #line} stores it, but never refused: control characters become spaces, and it is cut to {@code max} code
     * points. Null when nothing visible is left.
     */
    public static @Nullable String tidyLine(@Nullable String raw, int max) {
        if (isBlank(raw)) {
            return null;
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !isInvisible(c) && Character.getType(c) != Character.SURROGATE && c != 0)
                .map(c -> Character.isISOControl(c) ? ' ' : c).forEach(kept::appendCodePoint);
        String line = trimmed(WHITESPACE_RUN.matcher(Normalizer.normalize(kept, Normalizer.Form.NFC)).replaceAll(" "));
        return length(line) <= max ? line : line.substring(0, line.offsetByCodePoints(0, max));
    }

    /** Whether {@code text} says nothing a person could see: only whitespace and invisible characters. */
    public static boolean isBlank(@Nullable String text) {
        return text == null || text.codePoints().allMatch(c -> isWhiteSpace(c) || isInvisible(c));
    }

    /**
     * What two texts must not share to be told apart: NFKC, case-folded (per code point), without whitespace, control
     * or invisible characters. "Billing" with a zero-width space inside, "BILLING" and "Bill ing" have the key of
     * "Billing"; "m²" has the key "m2" (and is stored as typed). The tenant migration V10 backfills the same key in SQL ({@code text_key}); a test checks that both agree.
     */
    public static String key(String text) {
        String compatible = Normalizer.normalize(withoutIgnored(text), Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(compatible.length());
        compatible.codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c))).forEach(folded::appendCodePoint);
        // Normalised again once the ignored characters are gone: NFKC turns a spacing mark (U+00A8, U+FE70) into a space
        // and a combining mark, and two marks a removed space kept apart must come out in canonical order, or the key of
        // a key would differ from it (V11 gives the SQL text_key the same last step).
        return withoutIgnored(Normalizer.normalize(withoutIgnored(folded.toString()), Normalizer.Form.NFKC));
    }

    /**
     * Whether PostgreSQL can store {@code text} as it is: no NUL character and no half of a surrogate pair (which
     * UTF-8 cannot encode). The one check every GraphQL argument and every upload field passes.
     */
    public static boolean isStorable(String text) {
        return text.indexOf('\u0000') < 0 && text.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    /** Invisible format characters (Unicode category Cf): they change nothing a reader sees, so they have no business in plain text. */
    public static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }

    /** Unicode's White_Space: the space separators, line and paragraph separators, tab, line feed to carriage return, NEL. */
    private static boolean isWhiteSpace(int codePoint) {
        return Character.isSpaceChar(codePoint) || (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint == 0x85;
    }

    private static boolean ignoredInKeys(int codePoint) {
        return isWhiteSpace(codePoint) || isInvisible(codePoint) || Character.isISOControl(codePoint);
    }

    private static String withoutIgnored(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !ignoredInKeys(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** NFC without invisible characters (removed first, so that what they separated composes as it reads). */
    private static String visible(@Nullable String raw, String field, String what) {
        if (raw == null) {
            return "";
        }
        if (raw.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw SupportException.validation(field, what + " holds half of a surrogate pair, which is not text.");
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !isInvisible(c)).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** Whitespace controls (tab, line breaks) are fine where the text keeps them; the others cannot mean anything here. */
    private static void requireNoControl(String text, String field, String what) {
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && !isWhiteSpace(c))) {
            throw SupportException.validation(field, what + " cannot contain control characters.");
        }
    }

    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhiteSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
