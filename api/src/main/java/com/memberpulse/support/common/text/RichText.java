package com.memberpulse.support.common.text;

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
    public static String sanitize(String html) {
        return html == null ? "" : Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    /** The text a person would read, without markup: tells whether a body says anything at all. */
    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }
}
