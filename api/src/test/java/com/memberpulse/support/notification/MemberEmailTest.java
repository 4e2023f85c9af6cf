package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiClient;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The member's e-mails (SPEC section 7): every status change and public staff reply, told once, from the tenant's sender. */
class MemberEmailTest extends NotificationTestBase {

    @Test
    void aStatusChangeIsEmailedWithATextAndAnHtmlPartFromTheTenantsSender() throws Exception {
        ok(updateSettings(Map.of("fromAddress", "help@assoc.example", "fromName", "Assoc Help", "replyToAddress", "replies@assoc.example")));
        String id = raise("Renewal failed");
        long number = ticket(id).path("number").asLong();

        move(id, "IN_PROGRESS");

        MimeMessage mail = awaitMail(memberEmail, 1).getFirst();
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("help@assoc.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Assoc Help");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("replies@assoc.example");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Mia Member");
        assertThat(mail.getSubject()).isEqualTo("[" + tenant.name() + "] Ticket #" + number + " is now in progress");
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        assertThat(text(mail)).contains("Hello Mia,", "Your ticket #" + number + " \"Renewal failed\" is now in progress.",
                "See your ticket: http://127.0.0.1:8080/app/?request=" + id, "Unsubscribe from these e-mails (http://");
        assertThat(html(mail)).contains("is now <strong>in progress</strong>", "<a href=\"http://127.0.0.1:8080/app/?request=" + id + "\">");
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<http://127.0.0.1:8080/notifications/unsubscribe?token=").endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getMessageID()).matches("<notification\\.\\d+\\.[0-9a-f]{12}@assoc\\.example>");
        assertThat(mail.getHeader("References", null)).isEqualTo("<ticket." + id + "@assoc.example>");

        awaitEverythingHandled(id);
        assertThat(mailTo(memberEmail)).as("raising the ticket is not a status change: one e-mail").hasSize(1);
        JsonNode ticket = ticket(id);
        JsonNode delivery = ticket.path("notificationDeliveries").get(0);
        assertThat(delivery.path("channel").asString()).isEqualTo("EMAIL");
        assertThat(delivery.path("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(delivery.path("recipient").asString()).isEqualTo(memberEmail);
        assertThat(delivery.path("outcome").asString()).isEqualTo("SENT");
        assertThat(delivery.path("detail").asString()).isEqualTo(mail.getSubject());
        assertThat(ticket.path("history")).anySatisfy(entry -> {
            assertThat(entry.path("field").asString()).isEqualTo("NOTIFICATION");
            assertThat(entry.path("toValue").asString()).isEqualTo("EMAIL");
            assertThat(entry.path("actor").path("type").asString()).isEqualTo("SYSTEM");
            assertThat(entry.path("note").asString()).isEqualTo("E-mailed the member (Mia Member): " + mail.getSubject());
        });
    }

    @Test
    void aPublicReplyBringsItsTextWhileNotesAndTheMembersOwnRepliesAreNeverEmailed() throws Exception {
        String id = raise("Event tickets");
        note(id, "<p>Secret staff note about the member</p>");
        reply(agent, id, "<p>Your tickets are <b>on their way</b>.</p>");

        MimeMessage mail = awaitMail(memberEmail, 1).getFirst();
        assertThat(mail.getSubject()).endsWith("New reply on ticket #" + ticket(id).path("number").asLong() + ": Event tickets");
        assertThat(html(mail)).contains("Ann Agent replied to your ticket", "<blockquote><p>Your tickets are <b>on their way</b>.</p></blockquote>")
                .doesNotContain("Secret staff note");
        assertThat(text(mail)).contains("> Your tickets are on their way.").doesNotContain("Secret staff note");

        reply(member, id, "<p>Thank you!</p>");
        awaitEverythingHandled(id);
        assertThat(mailTo(memberEmail)).as("the note and the member's own reply send nothing").hasSize(1);
    }

    @Test
    void changesWithinTheWindowBecomeOneEmailWhileTheWebhookTellsEachChange() throws Exception {
        webhookOn();
        String id = raise("Directory listing");

        reply(agent, id, "<p>Which listing do you mean?</p>");
        move(id, "WAITING");

        awaitEverythingHandled(id);
        List<MimeMessage> mails = mailTo(memberEmail);
        assertThat(mails).hasSize(1);
        assertThat(text(mails.getFirst())).contains("Which listing do you mean?", "is now waiting for your reply.");
        JsonNode deliveries = ticket(id).path("notificationDeliveries");
        JsonNode email = deliveries.valueStream().filter(d -> d.path("channel").asString().equals("EMAIL")).findFirst().orElseThrow();
        assertThat(email.path("kind").asString()).isEqualTo("UPDATES");
        assertThat(email.path("eventIds")).hasSize(2);
        assertThat(webhooksAbout(id)).extracting(request -> request.header("MemberPulse-Event-Type"))
                .containsExactly("ticket.created", "ticket.replied", "ticket.status_changed");
    }

    @Test
    void anOptedOutMemberGetsNoEmailButTheWebhookStillFiresAndTheLinkInAnEmailOptsOutInOneClick() throws Exception {
        webhookOn();
        ok(api.graphql(member, "mutation { updateMyNotificationPreferences(input: {emailOptOut: true}) { emailOptOut } }"));
        String id = raise("Opted out");
        move(id, "IN_PROGRESS");

        awaitEverythingHandled(id);
        assertThat(mailTo(memberEmail)).isEmpty();
        assertThat(webhooksAbout(id)).extracting(request -> request.header("MemberPulse-Event-Type")).contains("ticket.status_changed");
        JsonNode skipped = ticket(id).path("notificationDeliveries").valueStream()
                .filter(d -> d.path("channel").asString().equals("EMAIL")).findFirst().orElseThrow();
        assertThat(skipped.path("outcome").asString()).isEqualTo("SKIPPED");
        assertThat(skipped.path("detail").asString()).isEqualTo("The member opted out of e-mail.");

        ok(api.graphql(member, "mutation { updateMyNotificationPreferences(input: {emailOptOut: false}) { emailOptOut } }"));
        move(id, "WAITING");
        MimeMessage mail = awaitMail(memberEmail, 1).getFirst();
        String link = mail.getHeader("List-Unsubscribe", null).replaceAll("[<>]", "");
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();

        ApiClient.RawResponse asked = api.getRaw(path, null);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(new String(asked.body())).contains("<form method=\"post\">", "Unsubscribe");
        assertThat(myPreference()).as("opening the link changes nothing").isFalse();

        String token = path.substring(path.indexOf("token=") + "token=".length());
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(api.exchangeRaw(oneClick(tampered))).startsWith("HTTP/1.1 400");
        assertThat(myPreference()).isFalse();
        assertThat(api.exchangeRaw(oneClick(token))).startsWith("HTTP/1.1 200").contains("You are unsubscribed");
        assertThat(myPreference()).isTrue();
    }

    private boolean myPreference() {
        JsonNode preferences = ok(api.graphql(member, "{ myNotificationPreferences { emailOptOut email } }")).data("myNotificationPreferences");
        assertThat(preferences.path("email").asString()).isEqualTo(memberEmail);
        return preferences.path("emailOptOut").asBoolean();
    }

    /** What a mail client sends for RFC 8058's one-click unsubscribe. */
    private static String oneClick(String token) {
        String body = "List-Unsubscribe=One-Click";
        return "POST /notifications/unsubscribe?token=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
    }
}
