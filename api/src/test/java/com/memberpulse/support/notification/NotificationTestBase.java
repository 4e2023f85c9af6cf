package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.devstack.MailServer;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.support.WebhookReceiver;
import com.memberpulse.support.tenant.Tenant;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A fresh tenant with a member (an address of their own, so that the shared mail server's messages are told apart), an
 * agent and an admin; a webhook receiver; and the ways to act and to wait for what the notification consumers do.
 */
abstract class NotificationTestBase extends ApiIntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;

    Tenant tenant;
    String member;
    String memberEmail;
    String agent;
    String admin;
    String category;
    WebhookReceiver receiver;

    @BeforeEach
    void world() {
        tenant = newTenant();
        memberEmail = "mia." + tenant.slug() + "@members.example.org";
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"),
                c -> c.subject("member-" + tenant.slug()).claim("name", "Mia Member").claim("email", memberEmail));
        agent = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_USER"), c -> c.subject("agent-" + tenant.slug()).claim("name", "Ann Agent"));
        admin = tokens.token(tenant.slug(), List.of("ROLE_CLIENT_ADMIN"), c -> c.subject("admin-" + tenant.slug()).claim("name", "Ada Admin"));
        category = ok(api.graphql(member, "{ ticketCategories { id } }")).data("ticketCategories").get(0).path("id").asString();
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    static MailServer mail() {
        return TestStack.get().mail();
    }

    static ApiResponse ok(ApiResponse response) {
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response;
    }

    JsonNode settings() {
        return ok(api.graphql(admin, "{ notificationSettings { emailEnabled fromAddress fromName replyToAddress webhookEnabled webhookUrl"
                + " webhookSecret { hint createdAt previousValidUntil } updatedAt } }")).data("notificationSettings");
    }

    ApiResponse updateSettings(Map<String, Object> changes) {
        JsonNode current = settings();
        Map<String, Object> input = new java.util.HashMap<>();
        input.put("emailEnabled", current.path("emailEnabled").asBoolean());
        input.put("fromAddress", current.path("fromAddress").isNull() ? null : current.path("fromAddress").asString());
        input.put("fromName", current.path("fromName").isNull() ? null : current.path("fromName").asString());
        input.put("replyToAddress", current.path("replyToAddress").isNull() ? null : current.path("replyToAddress").asString());
        input.put("webhookEnabled", current.path("webhookEnabled").asBoolean());
        input.put("webhookUrl", current.path("webhookUrl").isNull() ? null : current.path("webhookUrl").asString());
        input.put("updatedAt", current.path("updatedAt").asString());
        input.putAll(changes);
        return api.graphql(admin, "mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) {"
                + " emailEnabled fromAddress fromName replyToAddress webhookEnabled webhookUrl updatedAt } }", Map.of("input", input));
    }

    /** A new signing secret (the old one overlapping for {@code overlapMinutes}); answers the secret. */
    String rotateSecret(int overlapMinutes) {
        return ok(api.graphql(admin, "mutation($m: Int!) { rotateWebhookSecret(input: {overlapMinutes: $m}) { secret } }",
                Map.of("m", overlapMinutes))).data("rotateWebhookSecret").path("secret").asString();
    }

    /** Turns the webhook on, to {@link #receiver}, with a new secret; answers the secret. */
    String webhookOn() {
        String secret = rotateSecret(0);
        ok(updateSettings(Map.of("webhookEnabled", true, "webhookUrl", receiver.url())));
        return secret;
    }

    String raise(String subject) {
        return ok(api.graphql(member, "mutation($c: ID!, $s: String!) { createTicket(input: {subject: $s, description: \"<p>Help</p>\", categoryId: $c}) { id } }",
                Map.of("c", category, "s", subject))).data("createTicket").path("id").asString();
    }

    JsonNode ticket(String id) {
        return ok(api.graphql(agent, "query($id: ID!) { ticket(id: $id) { id number version status"
                + " history { field toValue note actor { type name } }"
                + " notificationDeliveries { id channel kind recipient outcome detail at eventIds } } }", Map.of("id", id))).data("ticket");
    }

    void move(String id, String status) {
        int version = ticket(id).path("version").asInt();
        ok(api.graphql(agent, "mutation($id: ID!, $v: Int!, $s: TicketStatus!) { changeTicketStatus(input: {id: $id, version: $v, status: $s}) { id } }",
                Map.of("id", id, "v", version, "s", status)));
    }

    void reply(String token, String id, String body) {
        ok(api.graphql(token, "mutation($id: ID!, $b: String!) { replyToTicket(input: {ticketId: $id, body: $b}) { ticket { id } } }",
                Map.of("id", id, "b", body)));
    }

    void note(String id, String body) {
        ok(api.graphql(agent, "mutation($id: ID!, $b: String!) { addInternalNote(input: {ticketId: $id, body: $b}) { id } }",
                Map.of("id", id, "b", body)));
    }

    /** The messages the mail server got for {@code address}, in the order received. */
    static List<MimeMessage> mailTo(String address) {
        return mail().received().stream().filter(message -> {
            try {
                Object[] to = message.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<MimeMessage> awaitMail(String address, int count) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> mailTo(address).size() >= count);
        return mailTo(address);
    }

    List<WebhookReceiver.Received> awaitWebhooks(String ticketId, int count) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> webhooksAbout(ticketId).size() >= count);
        return webhooksAbout(ticketId);
    }

    List<WebhookReceiver.Received> webhooksAbout(String ticketId) {
        return receiver.received().stream().filter(request -> request.body().contains("\"id\":\"" + ticketId + "\"")).toList();
    }

    /** Waits until the consumer has gone past every event of the ticket (handled, passed over or parked). */
    void awaitHandled(String consumer, String ticketId) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject("""
                select count(*) from support_control.event e
                  join support_control.event_consumer_progress p
                    on p.consumer = ? and p.partition = mod(e.routing_key::bigint + 2147483648, 8)
                 where e.ticket_id = ?::uuid and (e.position is null or e.position > p.position)""", Integer.class, consumer, ticketId) == 0);
    }

    void awaitEverythingHandled(String ticketId) {
        awaitHandled("notification-email", ticketId);
        awaitHandled("notification-webhook", ticketId);
    }

    static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
