package com.memberpulse.support.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message may quote of the caller's input. */
class EchoTest {

    @Test
    void shortInputIsQuotedAsItIs() {
        assertThat(Echo.of("Billing")).isEqualTo("Billing");
        assertThat(Echo.of("x".repeat(60))).isEqualTo("x".repeat(60));
    }

    @Test
    void longInputIsCutAtSixtyCodePointsWithAnEllipsis() {
        String quoted = Echo.of("<b>" + "\uD83D\uDE00".repeat(3_000) + "</b>");

        assertThat(quoted.codePointCount(0, quoted.length())).isEqualTo(61);
        assertThat(quoted).startsWith("<b>\uD83D\uDE00").endsWith("\uD83D\uDE00…");
    }

    @Test
    void controlAndInvisibleCharactersAreRemovedAndLineBreaksBecomeSpaces() {
        assertThat(Echo.of("a\u0000b\u0007c\u200Bd\u202Ee\uFEFFf\u00ADg")).isEqualTo("abcdefg");
        assertThat(Echo.of("two\nlines\tand\rmore")).isEqualTo("two lines and more");
    }

    @Test
    void aWholeMessageIsBoundedToo() {
        String message = Echo.message("A category named '" + "y".repeat(3_000) + "' already exists.");

        assertThat(message.codePointCount(0, message.length())).isEqualTo(Echo.MAX_MESSAGE + 1);
        assertThat(Echo.message(null)).isEmpty();
        assertThat(Echo.of(null)).isEqualTo("null");
    }
}
