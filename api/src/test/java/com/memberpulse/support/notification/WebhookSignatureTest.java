package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"ticket.created\"}";
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void signsTheTimestampAndTheBodyWithEachSecretNewestFirst() {
        String header = WebhookSignature.header(NOW.getEpochSecond(), BODY, List.of("new-secret", "old-secret"));

        assertThat(header).isEqualTo("t=" + NOW.getEpochSecond() + ",v1=" + WebhookSignature.sign("new-secret", NOW.getEpochSecond(), BODY)
                + ",v1=" + WebhookSignature.sign("old-secret", NOW.getEpochSecond(), BODY));
        // A known answer: HMAC-SHA256("secret", "1764493200.{}") as openssl computes it (printf "1764493200.{}" | openssl dgst -sha256 -hmac secret).
        assertThat(WebhookSignature.sign("secret", 1764493200L, "{}")).isEqualTo("6a5ece29f954a6c9263356830253a120b087c1f574e17c713f0e3fd651ca29f3");
        assertThatThrownBy(() -> WebhookSignature.header(1, BODY, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReceiverAcceptsEitherSecretAndRefusesChangedBodiesOtherSecretsAndOldTimestamps() {
        String header = WebhookSignature.header(NOW.getEpochSecond(), BODY, List.of("new-secret", "old-secret"));
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verify(header, BODY, "new-secret", NOW, tolerance)).isTrue();
        assertThat(WebhookSignature.verify(header, BODY, "old-secret", NOW.plusSeconds(299), tolerance)).isTrue();
        assertThat(WebhookSignature.verify(header, BODY.replace("created", "closed"), "new-secret", NOW, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(header, BODY, "other-secret", NOW, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(header, BODY, "new-secret", NOW.plusSeconds(301), tolerance)).as("a replay").isFalse();
        assertThat(WebhookSignature.verify(header.replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + 1)), BODY, "new-secret", NOW,
                tolerance)).as("a moved timestamp").isFalse();
        assertThat(WebhookSignature.verify("v1=abc", BODY, "new-secret", NOW, tolerance)).isFalse();
        assertThat(WebhookSignature.verify("t=x,v1=abc", BODY, "new-secret", NOW, tolerance)).isFalse();
    }
}
