package com.memberpulse.support.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A canned response's title, body and shortcut as stored, and what is refused on which field. */
class CannedResponseDetailsTest {

    @Test
    void textsAreNormalisedAndTheBodySanitised() {
        CannedResponseDetails details = CannedResponseDetails.of("  Thanks \t for\nwriting ", "<p onclick=\"x()\">Hi "
                + "{{member.firstName}} &amp; <strong>welcome</strong><script>x()</script></p>", "  Thanks_2-U ");

        assertThat(details.title()).isEqualTo("Thanks for writing");
        assertThat(details.body().html()).isEqualTo("<p>Hi {{member.firstName}} &amp; <strong>welcome</strong></p>");
        assertThat(details.body().text()).isEqualTo("Hi {{member.firstName}} & welcome");
        assertThat(details.shortcut()).isEqualTo("thanks_2-u");
    }

    @Test
    void aBlankShortcutIsNone() {
        assertThat(CannedResponseDetails.of("T", "<p>b</p>", "  ").shortcut()).isNull();
        assertThat(CannedResponseDetails.of("T", "<p>b</p>", null).shortcut()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "/thanks", "émoji", "a.b", "x1234567890123456789012345678901"})
    void shortcutsAreLettersDigitsDashesAndUnderscores(String shortcut) {
        assertRefused(() -> CannedResponseDetails.of("T", "<p>b</p>", shortcut), "input.shortcut", "A shortcut is 1 to 30");
    }

    @Test
    void titlesAreRequiredOneLineAndShort() {
        assertRefused(() -> CannedResponseDetails.of("  ", "<p>b</p>", null), "input.title", "A title of 1 to 120");
        assertRefused(() -> CannedResponseDetails.of("t".repeat(121), "<p>b</p>", null), "input.title", "A title of 1 to 120");
        assertRefused(() -> CannedResponseDetails.of("a\u0000b", "<p>b</p>", null), "input.title", "control characters");
        assertThat(CannedResponseDetails.of("t".repeat(120), "<p>b</p>", null).title()).hasSize(120);
    }

    @Test
    void aBodyMustSaySomethingAndNotBeTooLong() {
        assertRefused(() -> CannedResponseDetails.of("T", null, null), "input.body", "A body with some text");
        assertRefused(() -> CannedResponseDetails.of("T", "<p> <script>alert(1)</script> </p>", null), "input.body", "A body with some text");
        assertRefused(() -> CannedResponseDetails.of("T", "x".repeat(20_001), null), "input.body", "at most 20000");
    }

    @Test
    void theBodyIsCheckedAsTheAuthorWroteIt() {
        // Sanitising would turn {{> footer}} into {{&gt; footer}}: the author reads about the partial they wrote.
        assertRefused(() -> CannedResponseDetails.of("T", "<p>{{> footer}}</p>", null), "input.body", "include another one ({{>footer}})");
        assertRefused(() -> CannedResponseDetails.of("T", "<p>{{member.nmae}}</p>", null), "input.body", "Unknown variable 'member.nmae'");
    }

    @Test
    void aBodyThatOnlyBreaksOnceSanitisedIsRefusedToo() {
        // Valid mustache whose section ends inside a script, which the sanitiser drops: what would be stored no longer parses.
        assertRefused(() -> CannedResponseDetails.of("T", "<p>{{#member.name}}<script>{{/member.name}}</script></p>", null),
                "input.body", "not closed");
    }

    static void assertRefused(Runnable creation, String field, String message) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(SupportException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
