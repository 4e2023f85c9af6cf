package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Admins set how notifications go out; bad input is refused at its field and changes nothing. */
class NotificationSettingsApiTest extends NotificationTestBase {

    @Test
    void aNewTenantEmailsAndHasNoWebhookUntilAnAdminTurnsItOnWithASecret() {
        JsonNode fresh = settings();
        assertThat(fresh.path("emailEnabled").asBoolean()).isTrue();
        assertThat(fresh.path("webhookEnabled").asBoolean()).isFalse();
        assertThat(fresh.path("webhookSecret").isNull()).isTrue();

        assertRefused(updateSettings(Map.of("webhookEnabled", true)), "input.webhookUrl", "Give the receiver's URL");
        assertRefused(updateSettings(Map.of("webhookEnabled", true, "webhookUrl", receiver.url())), "input.webhookEnabled", "Make a signing secret first");

        String secret = rotateSecret(1440);
        assertThat(secret).matches("[0-9a-f]{64}");
        JsonNode info = settings().path("webhookSecret");
        assertThat(info.path("hint").asString()).isEqualTo(secret.substring(60));
        assertThat(info.path("previousValidUntil").isNull()).as("nothing to overlap with").isTrue();
        assertThat(settings().toString()).doesNotContain(secret);
        JsonNode on = ok(updateSettings(Map.of("webhookEnabled", true, "webhookUrl", receiver.url()))).data("updateNotificationSettings");
        assertThat(on.path("webhookEnabled").asBoolean()).isTrue();
        assertThat(on.path("webhookUrl").asString()).isEqualTo(receiver.url());
    }

    @Test
    void badAddressesUrlsAndOverlapsAreRefusedAtTheirFieldAndNothingIsWritten() {
        JsonNode before = settings();
        assertRefused(updateSettings(Map.of("fromAddress", "not an address")), "input.fromAddress", "is not an e-mail address");
        assertRefused(updateSettings(Map.of("replyToAddress", "Ann <ann@example.org>")), "input.replyToAddress", "is not an e-mail address");
        assertRefused(updateSettings(Map.of("fromName", "x".repeat(101))), "input.fromName", "1 to 100");
        assertRefused(updateSettings(Map.of("fromName", "Bell\u0007")), "input.fromName", null);
        for (String url : new String[] {"http://hooks.example.org/in", "ftp://127.0.0.1/x", "hooks.example.org", "https://user:pw@hooks.example.org/x",
                "javascript:alert(1)"}) {
            assertRefused(updateSettings(Map.of("webhookUrl", url)), "input.webhookUrl", "absolute https URL");
        }
        assertRefused(api.graphql(admin, "mutation { rotateWebhookSecret(input: {overlapMinutes: 10081}) { secret } }"), "input.overlapMinutes", "0 to 10080");
        assertRefused(api.graphql(admin, "mutation { rotateWebhookSecret(input: {overlapMinutes: -1}) { secret } }"), "input.overlapMinutes", "0 to 10080");
        assertThat(settings()).isEqualTo(before);

        ok(updateSettings(Map.of("fromAddress", "help@assoc.example", "webhookUrl", "https://hooks.example.org/in")));
        ApiResponse stale = api.graphql(admin, "mutation($at: DateTime!) { updateNotificationSettings(input: {emailEnabled: false, webhookEnabled: false,"
                + " updatedAt: $at}) { emailEnabled } }", Map.of("at", before.path("updatedAt").asString()));
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(settings().path("emailEnabled").asBoolean()).isTrue();
        assertThat(settings().path("fromAddress").asString()).isEqualTo("help@assoc.example");
    }

    @Test
    void staffMayNotReadSettingsAndMembersMayNotSeeDeliveries() {
        assertThat(api.graphql(agent, "{ notificationSettings { emailEnabled } }").errorCode()).isEqualTo("FORBIDDEN");
        String id = raise("Mine");
        ApiResponse asMember = api.graphql(member, "query($id: ID!) { ticket(id: $id) { id notificationDeliveries { id } } }", Map.of("id", id));
        assertThat(asMember.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(asMember.data("ticket").path("id").asString()).isEqualTo(id);
        assertThat(asMember.data("ticket").path("notificationDeliveries").isNull()).isTrue();
        assertThat(api.graphql(agent, "{ myNotificationPreferences { emailOptOut } }").errorCode()).isEqualTo("FORBIDDEN");
    }

    private static void assertRefused(ApiResponse response, String field, String message) {
        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).isEqualTo(field);
        if (message != null) {
            assertThat(response.errorMessage()).contains(message);
        }
    }
}
