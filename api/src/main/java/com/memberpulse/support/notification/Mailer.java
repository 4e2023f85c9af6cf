package com.memberpulse.support.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an e-mail over SMTP ({@code spring.mail.*}): a plain-text and an HTML part, From, Reply-To and the headers
 * given (List-Unsubscribe, threading). Without a configured mail server every send fails, so the notifications wait
 * (retried, then parked) rather than being dropped.
 */
@Component
class Mailer {

    private final ObjectProvider<JavaMailSender> sender;

    Mailer(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    /** One e-mail; {@code messageId} without its angle brackets. */
    record Mail(String fromAddress, String fromName, @Nullable String replyTo, String to, @Nullable String toName, String subject,
                String text, String html, String messageId, Map<String, String> headers) {
    }

    void send(Mail mail) throws MessagingException {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("No mail server is configured (spring.mail.host): e-mail notifications wait until one is");
        }
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        try {
            helper.setFrom(mail.fromAddress(), mail.fromName());
            if (mail.toName() == null) {
                helper.setTo(mail.to());
            } else {
                helper.setTo(new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        if (mail.replyTo() != null) {
            helper.setReplyTo(mail.replyTo());
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        // Kept by the sender through saveChanges: a re-sent notification has the same id, so mail clients show it once.
        message.setHeader("Message-ID", "<" + mail.messageId() + ">");
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        mailSender.send(message);
    }
}
