package com.memberpulse.support.common.text;

import com.memberpulse.support.common.error.SupportException;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Message bodies are rich text, stored sanitised (SPEC section 5): an allow-list of formatting tags, links
 * to http, https and mailto only (marked nofollow), no scripts, event handlers, styles, images or embeds.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "hr")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The safe subset of {@code html}. */
    public static String sanitize(@Nullable String html) {
        return html == null ? "" : Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    /**
     * The text a person would read, without markup: tells whether a body says anything at all, so it is empty when only
     * whitespace and invisible characters are left (see {@link TextInput#isBlank}).
     */
    public static String plainText(@Nullable String html) {
        String text = html == null ? "" : Jsoup.parse(html).text();
        return TextInput.isBlank(text) ? "" : text.strip();
    }

    /**
     * A required rich-text input, sanitised: VALIDATION_FAILED on {@code field} when nothing readable is left
     * ({@code whenEmpty}) or when it is longer than {@code max} characters (code points, markup included) ("{@code noun} may have at most ...").
     */
    public static String required(@Nullable String raw, String field, int max, String noun, String whenEmpty) {
        String text = sanitize(raw);
        if (plainText(text).isEmpty()) {
            throw SupportException.validation(field, whenEmpty);
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw SupportException.validation(field, noun + " may have at most " + max + " characters.");
        }
        return text;
    }
}
