package com.memberpulse.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A mail server that is down for a while delays e-mail; it loses none and sends none twice (SPEC section 7). */
class DeliveryFaultsTest extends NotificationTestBase {

    @Test
    void theMailServerDownForAWhileLosesNothingAndSendsNothingTwice() throws Exception {
        String first = raise("Down one");
        String second = raise("Down two");
        mail().pause();
        try {
            move(first, "IN_PROGRESS");
            move(second, "IN_PROGRESS");
            reply(agent, second, "<p>Sent while the mail server was down</p>");
            // Tried and refused at least once: the consumer waits to retry.
            Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.queryForObject(
                    "select count(*) from support_control.event_consumer_progress where consumer = 'notification-email' and attempts > 0",
                    Integer.class) > 0);
        } finally {
            mail().resume();
        }

        awaitEverythingHandled(first);
        awaitEverythingHandled(second);
        List<MimeMessage> mails = mailTo(memberEmail);
        assertThat(mails).extracting(MimeMessage::getSubject).hasSize(2)
                .anySatisfy(subject -> assertThat(subject).contains("is now in progress"))
                .anySatisfy(subject -> assertThat(subject).contains("New reply on ticket"));
        assertThat(text(mails.stream().filter(m -> subject(m).contains("New reply")).findFirst().orElseThrow()))
                .contains("Sent while the mail server was down", "is now in progress");
        assertThat(ticket(first).path("notificationDeliveries")).hasSize(1);
        assertThat(ticket(second).path("notificationDeliveries")).hasSize(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
