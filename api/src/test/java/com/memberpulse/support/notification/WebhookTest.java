package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The host platform's webhook (SPEC section 7): one signed event per change, with an id that survives every retry. */
class WebhookTest extends NotificationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEventIsSignedSoThatAHostAcceptsItAndRefusesATamperedBody() {
        String secret = webhookOn();
        String id = raise("Signed");
        move(id, "IN_PROGRESS");

        List<WebhookReceiver.Received> received = awaitWebhooks(id, 2);
        for (WebhookReceiver.Received request : received) {
            String signature = request.header("MemberPulse-Signature");
            assertThat(hostAccepts(signature, request.body(), secret)).as(signature).isTrue();
            assertThat(hostAccepts(signature, request.body().replace("\"subject\":\"Signed\"", "\"subject\":\"Signed!\""), secret)).isFalse();
            assertThat(hostAccepts(signature, request.body(), secret.replace(secret.charAt(0), secret.charAt(0) == 'a' ? 'b' : 'a'))).isFalse();
            assertThat(WebhookSignature.verify(signature, request.body(), secret, Instant.now(), Duration.ofMinutes(5))).isTrue();
            JsonNode event = JSON.readTree(request.body());
            assertThat(request.header("MemberPulse-Event-Id")).isEqualTo(event.path("id").asString()).startsWith("evt_");
            assertThat(request.header("MemberPulse-Event-Type")).isEqualTo(event.path("type").asString());
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(event.path("tenant").asString()).isEqualTo(tenant.slug());
            assertThat(event.path("ticket").path("subject").asString()).isEqualTo("Signed");
            assertThat(event.path("ticket").path("requesterEmail").asString()).isEqualTo(memberEmail);
            assertThat(event.path("ticket").path("staffUrl").asString()).endsWith("/app/?ticket=" + id);
        }
        JsonNode changed = JSON.readTree(received.get(1).body());
        assertThat(changed.path("type").asString()).isEqualTo("ticket.status_changed");
        assertThat(changed.path("data").path("from").asString()).isEqualTo("OPEN");
        assertThat(changed.path("data").path("to").asString()).isEqualTo("IN_PROGRESS");
        assertThat(ticket(id).path("history")).anySatisfy(entry -> assertThat(entry.path("note").asString())
                .isEqualTo("Webhook ticket.status_changed delivered to 127.0.0.1"));
    }

    @Test
    void internalNotesNeverReachTheHost() {
        webhookOn();
        String id = raise("Notes stay inside");
        note(id, "<p>Staff only</p>");
        reply(agent, id, "<p>Public answer</p>");

        awaitEverythingHandled(id);
        assertThat(webhooksAbout(id)).extracting(request -> request.header("MemberPulse-Event-Type"))
                .containsExactly("ticket.created", "ticket.replied");
        assertThat(webhooksAbout(id)).noneMatch(request -> request.body().contains("Staff only"));
        assertThat(webhooksAbout(id).get(1).body()).contains("\"bodyText\":\"Public answer\"", "\"authorRole\":\"STAFF\"");
    }

    @Test
    void aReceiverAnsweringErrorsThenOkGetsTheEventOnceItRecoversWithTheSameId() {
        webhookOn();
        receiver.answerNext(200, 500, 502);
        String id = raise("Flaky host");
        move(id, "IN_PROGRESS");

        awaitEverythingHandled(id);
        List<WebhookReceiver.Received> statusEvents = webhooksAbout(id).stream()
                .filter(request -> "ticket.status_changed".equals(request.header("MemberPulse-Event-Type"))).toList();
        assertThat(statusEvents).as("two refusals, then delivered").hasSize(3);
        assertThat(statusEvents).extracting(request -> request.header("MemberPulse-Event-Id")).containsOnly(statusEvents.getFirst().header("MemberPulse-Event-Id"));
        JsonNode deliveries = ticket(id).path("notificationDeliveries");
        assertThat(deliveries.valueStream().filter(d -> d.path("channel").asString().equals("WEBHOOK")))
                .extracting(d -> d.path("kind").asString() + " " + d.path("outcome").asString() + " " + d.path("detail").asString())
                .containsExactly("CREATED SENT HTTP 200", "STATUS_CHANGED SENT HTTP 200");
    }

    @Test
    void aReceiverThatKeepsRefusingParksTheEventWhichAnAdminSendsAgain() {
        webhookOn();
        receiver.answerNext(200);
        receiver.answerOtherwise(503);
        String id = raise("Host down");
        move(id, "IN_PROGRESS");

        Awaitility.await().atMost(PATIENCE).until(() -> parked().path("totalCount").asInt() == 1);
        JsonNode parked = parked().path("edges").get(0).path("node");
        assertThat(parked.path("channel").asString()).isEqualTo("WEBHOOK");
        assertThat(parked.path("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(parked.path("eventType").asString()).isEqualTo("ticket.status-changed");
        assertThat(parked.path("ticket").path("id").asString()).isEqualTo(id);
        assertThat(parked.path("attempts").asInt()).isEqualTo(6);
        assertThat(parked.path("lastError").asString()).contains("The receiver answered HTTP 503");
        assertThat(ticket(id).path("notificationDeliveries").valueStream().map(d -> d.path("outcome").asString())).contains("PARKED");
        assertThat(api.graphql(agent, "{ parkedNotifications { totalCount } }").errorCode()).isEqualTo("FORBIDDEN");

        receiver.answerOtherwise(200);
        JsonNode resent = ok(api.graphql(admin, "mutation($ids: [ID!]!) { resendParkedNotifications(ids: $ids) { requested notFound } }",
                Map.of("ids", List.of(parked.path("id").asString(), "999999999")))).data("resendParkedNotifications");
        assertThat(resent.path("requested").asInt()).isEqualTo(1);
        assertThat(resent.path("notFound")).extracting(JsonNode::asString).containsExactly("999999999");

        Awaitility.await().atMost(PATIENCE).until(() -> parked().path("totalCount").asInt() == 0);
        assertThat(ticket(id).path("notificationDeliveries").valueStream().filter(d -> d.path("channel").asString().equals("WEBHOOK"))
                .map(d -> d.path("kind").asString() + " " + d.path("outcome").asString())).containsExactly("CREATED SENT", "STATUS_CHANGED SENT");
    }

    @Test
    void aCrashBetweenSendingAndRecordingSendsAgainWithTheSameEventIdAndLosesNothing() throws Exception {
        webhookOn();
        // The first record of each channel fails after the notification went out, as if the service died in between.
        String schema = tenant.schemaName();
        jdbc.execute("create sequence " + schema + ".crash_email; create sequence " + schema + ".crash_webhook;"
                + " create function " + schema + ".crash_once() returns trigger language plpgsql as $$ begin"
                + " if nextval('" + schema + ".crash_' || lower(new.channel)) = 1 then raise exception 'crashed after sending'; end if;"
                + " return new; end $$;"
                + " create trigger crash_once before insert on " + schema + ".notification_delivery for each row execute function " + schema + ".crash_once()");
        String id = raise("Crash");
        move(id, "IN_PROGRESS");

        awaitEverythingHandled(id);
        List<WebhookReceiver.Received> created = webhooksAbout(id).stream()
                .filter(request -> "ticket.created".equals(request.header("MemberPulse-Event-Type"))).toList();
        assertThat(created).hasSize(2);
        assertThat(created.get(1).header("MemberPulse-Event-Id")).isEqualTo(created.get(0).header("MemberPulse-Event-Id"));
        assertThat(JSON.readTree(created.get(1).body()).path("id")).isEqualTo(JSON.readTree(created.get(0).body()).path("id"));
        assertThat(webhooksAbout(id)).filteredOn(request -> "ticket.status_changed".equals(request.header("MemberPulse-Event-Type"))).hasSize(1);
        List<jakarta.mail.internet.MimeMessage> mails = mailTo(memberEmail);
        assertThat(mails).as("e-mail is at least once: the copy has the same Message-ID").hasSize(2);
        assertThat(mails.get(1).getMessageID()).isEqualTo(mails.get(0).getMessageID());
        assertThat(ticket(id).path("notificationDeliveries").valueStream().map(d -> d.path("channel").asString() + " " + d.path("kind").asString()))
                .containsExactlyInAnyOrder("WEBHOOK CREATED", "WEBHOOK STATUS_CHANGED", "EMAIL STATUS_CHANGED");
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneDuringTheOverlapAndNotAfter() {
        String first = webhookOn();
        String second = rotateSecret(60);
        JsonNode info = settings().path("webhookSecret");
        assertThat(info.path("hint").asString()).isEqualTo(second.substring(60));
        assertThat(info.path("previousValidUntil").isNull()).isFalse();
        String id = raise("Rotation");

        WebhookReceiver.Received overlapping = awaitWebhooks(id, 1).getFirst();
        assertThat(signatures(overlapping.header("MemberPulse-Signature"))).isEqualTo(2);
        assertThat(hostAccepts(overlapping.header("MemberPulse-Signature"), overlapping.body(), second)).isTrue();
        assertThat(hostAccepts(overlapping.header("MemberPulse-Signature"), overlapping.body(), first)).as("the old secret, in the overlap").isTrue();

        String third = rotateSecret(0);
        assertThat(settings().path("webhookSecret").path("previousValidUntil").isNull()).isTrue();
        move(id, "IN_PROGRESS");
        WebhookReceiver.Received after = awaitWebhooks(id, 2).get(1);
        assertThat(signatures(after.header("MemberPulse-Signature"))).isEqualTo(1);
        assertThat(hostAccepts(after.header("MemberPulse-Signature"), after.body(), third)).isTrue();
        assertThat(hostAccepts(after.header("MemberPulse-Signature"), after.body(), second)).isFalse();
    }

    private JsonNode parked() {
        return ok(api.graphql(admin, "{ parkedNotifications { totalCount edges { node { id channel kind eventType attempts lastError"
                + " lastFailedAt resendRequested ticket { id } } } } }")).data("parkedNotifications");
    }

    private static int signatures(String header) {
        return header.split("v1=", -1).length - 1;
    }

    /** What the README tells a host to do: HMAC-SHA256 of "timestamp.body" with the secret, compared with every v1. */
    private static boolean hostAccepts(String header, String body, String secret) {
        Matcher timestamp = Pattern.compile("t=(\\d+)").matcher(header);
        if (!timestamp.find() || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp.group(1))) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal((timestamp.group(1) + "." + body).getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.UTF_8);
            Matcher v1 = Pattern.compile("v1=([0-9a-f]+)").matcher(header);
            boolean matched = false;
            while (v1.find()) {
                matched |= MessageDigest.isEqual(expected, v1.group(1).getBytes(StandardCharsets.UTF_8));
            }
            return matched;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
