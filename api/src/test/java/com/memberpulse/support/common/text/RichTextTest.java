package com.memberpulse.support.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The OWASP XSS filter-evasion cases through the sanitiser: what comes out is inert, whatever went in. */
class RichTextTest {

    private static final Set<String> SAFE_TAGS = Set.of("#root", "html", "head", "body", "a", "b", "blockquote", "br", "cite", "code",
            "dd", "dl", "dt", "em", "i", "li", "ol", "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "u", "ul",
            "h1", "h2", "h3", "h4", "hr");
    private static final Set<String> SAFE_ATTRIBUTES = Set.of("href", "rel", "cite");

    static List<String> owaspCases() throws IOException {
        try (InputStream in = RichTextTest.class.getResourceAsStream("/xss/owasp-filter-evasion.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("owaspCases")
    void theSanitisedOutputHasNoActiveContent(String attack) {
        String clean = RichText.sanitize(attack);

        for (Element element : Jsoup.parse(clean).getAllElements()) {
            assertThat(SAFE_TAGS).as("tag in %s", clean).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(SAFE_ATTRIBUTES).as("attribute in %s", clean).contains(attribute.getKey());
                if (!attribute.getKey().equals("rel")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value).as("link in %s", clean).matches("^(https?://|mailto:).*");
                }
            }
        }
        // Attack text may survive as text (escaped), never as markup.
        assertThat(clean.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<img", "<svg", "<style", "<object", "<embed");
    }

    @Test
    void formattingAndSafeLinksSurvive() {
        String clean = RichText.sanitize("<p>Hello <b>there</b>, see <a href=\"https://example.org/help\">help</a></p><ul><li>one</li></ul>");

        assertThat(clean).contains("<b>there</b>", "<li>one</li>", "href=\"https://example.org/help\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void plainTextTellsWhetherABodySaysAnything() {
        assertThat(RichText.plainText(RichText.sanitize("<p> <script>x</script> </p>"))).isEmpty();
        assertThat(RichText.plainText("<p>Hi <b>you</b></p>")).isEqualTo("Hi you");
    }
}
