package com.memberpulse.support.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.TicketStatus;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a template may say, and what it says once filled in: plain Java, no Spring. */
class TemplateRendererTest {

    private static final TemplateValues ANN = new TemplateValues("Ann Marie Member", "ann@example.org", 1042, "Cannot renew",
            TicketStatus.IN_PROGRESS, Priority.HIGH, "Billing", "Alex Agent", "alex@example.org", "Acme Society");

    @Test
    void everyVariableIsFilledIn() {
        String template = Arrays.stream(TemplateVariable.values()).map(v -> v.key() + "=[{{" + v.key() + "}}]")
                .collect(Collectors.joining(" "));

        assertThat(TemplateRenderer.problem(template)).isEmpty();
        assertThat(TemplateRenderer.renderHtml(template, ANN)).isEqualTo(
                "member.firstName=[Ann] member.lastName=[Marie Member] member.name=[Ann Marie Member]"
                + " member.email=[ann@example.org] ticket.number=[1042] ticket.reference=[#1042] ticket.subject=[Cannot renew]"
                + " ticket.status=[in progress] ticket.priority=[high] ticket.category=[Billing] agent.name=[Alex Agent]"
                + " agent.firstName=[Alex] agent.email=[alex@example.org] client.name=[Acme Society] ticket.url=[] reply.body=[]"
                + " sla.target=[] sla.state=[]");
    }

    @Test
    void aNotificationFillsItsOwnVariablesAndTheReplyKeepsItsSanitisedMarkup() {
        TemplateValues notice = ANN.withNotice(new TemplateValues.NoticeValues("https://x.example/t?id=1&a=2",
                "<p>Paid <b>in full</b><script>alert(1)</script></p>", "resolution", "breached", null));

        assertThat(TemplateRenderer.renderHtml("<p>{{sla.target}} {{sla.state}}: {{ticket.url}}</p><blockquote>{{reply.body}}</blockquote>", notice))
                .isEqualTo("<p>resolution breached: https://x.example/t?id=1&amp;a=2</p><blockquote><p>Paid <b>in full</b></p></blockquote>");
        assertThat(TemplateRenderer.renderLine("Re: {{reply.body}}", notice)).as("a subject gets the reply's words").isEqualTo("Re: Paid in full");
        assertThat(TemplateRenderer.renderHtml("<p>{{#reply.body}}Replied{{/reply.body}}{{^reply.body}}No reply{{/reply.body}}</p>", ANN))
                .isEqualTo("<p>No reply</p>");
        // A value can never pose as the reply's place and bring the reply (or anything) where it was not put.
        TemplateValues sneaky = new TemplateValues("mpReplyBody7f3a9c41", null, 1, "s", TicketStatus.OPEN, Priority.LOW, null, null, null, "c")
                .withNotice(new TemplateValues.NoticeValues(null, "<p><b>x</b></p>", null, null, null));
        assertThat(TemplateRenderer.renderHtml("<p>{{member.name}}</p>", sneaky)).isEqualTo("<p>mpReplyBody7f3a9c41</p>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ann Marie Member | Ann | Marie Member",
            "'  Ann   Member  ' | Ann | Member",
            "Cher | Cher | ''",
            "'' | '' | ''"})
    void memberNamesAreSplitAtTheFirstSpace(String name, String first, String last) {
        TemplateValues values = new TemplateValues(name, null, 1, "s", TicketStatus.OPEN, Priority.LOW, null, null, null, "c");

        assertThat(TemplateRenderer.renderHtml("<p>[{{member.firstName}}][{{member.lastName}}]</p>", values))
                .isEqualTo("<p>[" + first + "][" + last + "]</p>");
    }

    @Test
    void statusesReadAsWords() {
        assertThat(Arrays.stream(TicketStatus.values())
                .map(status -> TemplateRenderer.renderLine("{{ticket.status}}", withStatus(status))))
                .containsExactly("open", "in progress", "waiting for your reply", "resolved", "closed");
    }

    @Test
    void valuesAreEscapedSoTheyCannotAddMarkup() {
        TemplateValues hostile = new TemplateValues("<script>alert(1)</script> <img src=x onerror=alert(2)>", "a\"@x", 7,
                "<b>bold</b> & \"quoted\"", TicketStatus.OPEN, Priority.LOW, "<i>Billing</i>", null, null, "A&B");

        String html = TemplateRenderer.renderHtml("<p>Hello {{member.name}}, re {{ticket.subject}} in {{ticket.category}}"
                + " from {{client.name}}</p><a href=\"mailto:{{member.email}}\">mail</a>", hostile);

        assertThat(html).isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;, re"
                + " &lt;b&gt;bold&lt;/b&gt; &amp; \"quoted\" in &lt;i&gt;Billing&lt;/i&gt; from A&amp;B</p>"
                + "<a href=\"mailto:a&quot;@x\" rel=\"nofollow noopener noreferrer\">mail</a>");
    }

    @Test
    void theRenderedBodyIsSanitisedLikeEveryMessage() {
        assertThat(TemplateRenderer.renderHtml("<p onclick=\"x()\">Hi {{member.firstName}}</p><script>x()</script>", ANN))
                .isEqualTo("<p>Hi Ann</p>");
    }

    @Test
    void aSubjectIsOnePlainLineWhateverTheValues() {
        TemplateValues values = new TemplateValues("Eve\r\nBcc: all@example.org", null, 9, "Line one\nline two <b>",
                TicketStatus.RESOLVED, Priority.MEDIUM, null, null, null, "Acme & Co");

        assertThat(TemplateRenderer.renderLine("[{{client.name}}] {{ticket.reference}} {{ticket.subject}} for {{member.name}}", values))
                .isEqualTo("[Acme & Co] #9 Line one line two <b> for Eve Bcc: all@example.org");
    }

    @Test
    void sectionsShowTheirContentWhenTheVariableHasAValueOrHasNone() {
        String template = "{{#agent.name}}{{agent.firstName}} here{{/agent.name}}{{^agent.name}}The team{{/agent.name}}"
                + " on {{ticket.reference}}{{#member.email}} ({{member.email}}){{/member.email}}";

        assertThat(TemplateRenderer.renderLine(template, ANN)).isEqualTo("Alex here on #1042 (ann@example.org)");
        TemplateValues nobody = new TemplateValues("Bo", null, 3, "s", TicketStatus.OPEN, Priority.LOW, null, null, null, "c");
        assertThat(TemplateRenderer.renderLine(template, nobody)).isEqualTo("The team on #3");
    }

    @Test
    void anUnknownVariableIsNamedWithItsLine() {
        assertThat(TemplateRenderer.problem("Hello\n{{member.fristName}}")).hasValueSatisfying(problem -> assertThat(problem.message())
                .startsWith("Unknown variable 'member.fristName' (line 2).")
                .contains("member.firstName, member.lastName"));
        assertThat(TemplateRenderer.problem("Hello\n\n<p>{{member.fristName}}</p>")).map(TemplateRenderer.Problem::line).hasValue(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{{#member.name}}<p>{{#ticket.number}}{{ticket.nmber}}{{/ticket.number}}</p>{{/member.name}} | ticket.nmber",
            "{{^agent.name}}{{agent.title}}{{/agent.name}} | agent.title",
            "{{#member}}{{firstName}}{{/member}} | firstName",
            "{{#client.name}}ok{{/client.name}}{{#client}}x{{/client}} | client",
            "{{ticket.number}} {{.}} | .",
            "{{ member.name }} {{ticket.getClass}} | ticket.getClass"})
    void variablesInsideSectionsAndSectionNamesAreCheckedToo(String template, String unknown) {
        assertThat(TemplateRenderer.problem(template)).hasValueSatisfying(problem ->
                assertThat(problem.message()).startsWith("Unknown variable '" + unknown + "'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hi {{member.name | (line 1): a tag is not closed",
            "Hi\\n{{#member.name}}x | (line 2): the section {{#member.name}} or {{^member.name}} is not closed with {{/member.name}}",
            "{{#member.name}}x{{/agent.name}} | (line 1): {{/agent.name}} cannot close the section {{#member.name}}",
            "x{{/agent.name}} | (line 1): {{/agent.name}} closes a section that was never opened",
            "{{}} | (line 1): there is an empty tag {{}}",
            "{{{member.name} | (line 1): a tag is not closed",
            "{{=<% %>=}}<%member.name%> | : changing the delimiters"})
    void badSyntaxIsRefusedWithTheLineAndTheProblem(String template, String message) {
        assertThat(TemplateRenderer.problem(template.replace("\\n", "\n"))).hasValueSatisfying(problem -> {
            assertThat(problem.message()).startsWith("The template cannot be read").contains(message);
            // The line apart too, for an editor to mark; a delimiter change is refused before any line is read.
            assertThat(problem.line()).isEqualTo(message.startsWith("(line ") ? Integer.valueOf(message.substring(6, 7)) : null);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{{member.name}}}", "{{& member.name}}", "{{#ticket.number}}{{{member.name}}}{{/ticket.number}}"})
    void unescapedOutputIsRefused(String template) {
        assertThat(TemplateRenderer.problem(template)).hasValueSatisfying(problem ->
                assertThat(problem.message()).contains("would insert the value without escaping it; write {{member.name}}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{{> footer}} | include another one",
            "{{>*dynamic}} | include another one",
            "{{<base}}{{/base}} | inheritance",
            "{{$block}}x{{/block}} | blocks",
            "{{?member.name}}x{{/member.name}} | not supported",
            "{{%IMPLICIT-ITERATOR}} | pragmas"})
    void mustacheExtensionsAreRefused(String template, String message) {
        assertThat(TemplateRenderer.problem(template)).hasValueSatisfying(problem ->
                assertThat(problem.message()).startsWith("The template cannot be used (line 1)").contains(message));
    }

    @Test
    void commentsAndPlainTextNeedNothing() {
        assertThat(TemplateRenderer.problem("<p>Thanks!</p>{{! signed by the team }}")).isEmpty();
        assertThat(TemplateRenderer.renderHtml("<p>Thanks!</p>{{! signed by the team }}", ANN)).isEqualTo("<p>Thanks!</p>");
    }

    @Test
    void renderingATemplateThatCannotBeSavedFails() {
        assertThatThrownBy(() -> TemplateRenderer.renderHtml("{{member.password}}", ANN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateRenderer.renderLine("{{{member.name}}}", ANN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TemplateValues withStatus(TicketStatus status) {
        return new TemplateValues("n", null, 1, "s", status, Priority.LOW, null, null, null, "c");
    }
}
