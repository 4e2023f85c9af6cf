package com.memberpulse.support.notification;

import com.memberpulse.support.events.RetryPolicy;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code memberpulse.notifications.*}; the defaults and what each means are in {@code application.yml} and the README.
 *
 * @param mailFrom         the From address of tenants that set none
 * @param coalesceWindow   changes to one ticket this close to the first become one e-mail to the member
 * @param memberTicketUrl  where a member opens their ticket ({@code {tenant}} and {@code {id}} filled in)
 * @param staffTicketUrl   where staff open a ticket
 * @param publicUrl        this service as members' browsers reach it (the unsubscribe links)
 * @param linkSecret       signs the unsubscribe links (at least 32 characters; all instances share it)
 * @param webhookTimeout   how long a webhook receiver may take to answer
 * @param retry            how a notification that fails is tried again before it is parked
 */
@ConfigurationProperties("memberpulse.notifications")
record NotificationProperties(
        @DefaultValue("support@memberpulse.local") String mailFrom,
        @DefaultValue("PT5S") Duration coalesceWindow,
        @DefaultValue("http://127.0.0.1:8080/app/?request={id}") String memberTicketUrl,
        @DefaultValue("http://127.0.0.1:8080/app/?ticket={id}") String staffTicketUrl,
        @DefaultValue("http://127.0.0.1:8080") String publicUrl,
        String linkSecret,
        @DefaultValue("PT10S") Duration webhookTimeout,
        RetryPolicy retry) {

    NotificationProperties {
        if (linkSecret == null || linkSecret.length() < 32) {
            throw new IllegalStateException("memberpulse.notifications.link-secret must be at least 32 characters");
        }
    }

    String memberTicketUrl(String tenant, UUID ticketId) {
        return fill(memberTicketUrl, tenant, ticketId);
    }

    String staffTicketUrl(String tenant, UUID ticketId) {
        return fill(staffTicketUrl, tenant, ticketId);
    }

    private static String fill(String template, String tenant, UUID ticketId) {
        return template.replace("{tenant}", tenant).replace("{id}", ticketId.toString());
    }
}
