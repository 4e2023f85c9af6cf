package com.memberpulse.support.response.internal;

import static com.memberpulse.support.response.internal.CannedResponseDetailsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.response.ResponseTemplateKind;
import org.junit.jupiter.api.Test;

/** A response template's name, subject and body as stored; only notifications have a subject. */
class ResponseTemplateDetailsTest {

    @Test
    void aReplyTemplateHasNoSubject() {
        ResponseTemplateDetails details = ResponseTemplateDetails.of(ResponseTemplateKind.REPLY, " Welcome  pack ", " ",
                "<p>Hello {{member.firstName}}</p>");

        assertThat(details.name()).isEqualTo("Welcome pack");
        assertThat(details.subject()).isNull();
        assertThat(details.body().html()).isEqualTo("<p>Hello {{member.firstName}}</p>");
        assertRefused(() -> ResponseTemplateDetails.of(ResponseTemplateKind.REPLY, "W", "Hi", "<p>b</p>"), "input.subject",
                "Only notification templates have a subject");
    }

    @Test
    void aNotificationNeedsAOneLineSubjectThatIsAValidTemplate() {
        ResponseTemplateDetails details = ResponseTemplateDetails.of(ResponseTemplateKind.NEW_REPLY, "N",
                " Re:\n{{ticket.reference}} ", "<p>b</p>");
        assertThat(details.subject()).isEqualTo("Re: {{ticket.reference}}");

        for (ResponseTemplateKind kind : new ResponseTemplateKind[] {ResponseTemplateKind.STATUS_CHANGED, ResponseTemplateKind.NEW_REPLY}) {
            assertRefused(() -> ResponseTemplateDetails.of(kind, "N", null, "<p>b</p>"), "input.subject", "A notification subject of 1 to 200");
            assertRefused(() -> ResponseTemplateDetails.of(kind, "N", "s".repeat(201), "<p>b</p>"), "input.subject", "1 to 200");
            assertRefused(() -> ResponseTemplateDetails.of(kind, "N", "Re {{ticket.id}}", "<p>b</p>"), "input.subject",
                    "Unknown variable 'ticket.id'");
            assertRefused(() -> ResponseTemplateDetails.of(kind, "N", "Re {{{ticket.subject}}}", "<p>b</p>"), "input.subject",
                    "without escaping");
        }
    }

    @Test
    void namesAndBodiesAreValidatedOnTheirFields() {
        assertRefused(() -> ResponseTemplateDetails.of(ResponseTemplateKind.REPLY, " ", null, "<p>b</p>"), "input.name", "A name of 1 to 80");
        assertRefused(() -> ResponseTemplateDetails.of(ResponseTemplateKind.REPLY, "n".repeat(81), null, "<p>b</p>"), "input.name", "1 to 80");
        assertRefused(() -> ResponseTemplateDetails.of(ResponseTemplateKind.REPLY, "N", null, "<p>{{#agent.name}}</p>"), "input.body",
                "is not closed with {{/agent.name}}");
    }
}
