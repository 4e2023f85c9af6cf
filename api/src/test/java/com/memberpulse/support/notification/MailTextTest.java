package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void keepsParagraphsLineBreaksListsQuotesAndLinkAddresses() {
        String html = "<p>Hello Mia,</p><p>Ann replied:</p><blockquote><p>First line<br>second line</p><ul><li>one</li><li>two</li></ul>"
                + "</blockquote><p>See <a href=\"https://x.example/t/1\">your ticket</a> or https://x.example/t/1</p><hr><p>Footer</p>";

        assertThat(MailText.of(html)).isEqualTo("""
                Hello Mia,

                Ann replied:

                > First line
                > second line

                > - one
                > - two

                See your ticket (https://x.example/t/1) or https://x.example/t/1

                ----

                Footer
                """);
    }

    @Test
    void aLinkWhoseTextIsItsAddressIsWrittenOnce() {
        assertThat(MailText.of("<p><a href=\"https://x.example\">https://x.example</a></p>")).isEqualTo("https://x.example\n");
    }
}
