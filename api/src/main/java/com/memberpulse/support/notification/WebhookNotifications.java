package com.memberpulse.support.notification;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.message.MessageLookup;
import com.memberpulse.support.notification.NotificationDelivery.Channel;
import com.memberpulse.support.notification.NotificationDelivery.Kind;
import com.memberpulse.support.notification.internal.NotificationMapper.StoredSettings;
import com.memberpulse.support.sla.SlaEvents;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketAutomation;
import com.memberpulse.support.ticket.TicketEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The host platform's webhook, a consumer of the event backbone: one signed JSON event per change (never coalesced),
 * posted to the tenant's URL. A 2xx answer is delivered; anything else, or no answer in time, is retried with back-off
 * and parked after the last try. The event's id stays the same on every try, so the host de-duplicates; a crash between
 * the answer and the record sends it again with that id.
 */
@Component
class WebhookNotifications extends NotificationConsumer {

    static final String NAME = "notification-webhook";
    static final String EVENT_ID_HEADER = "MemberPulse-Event-Id";
    static final String EVENT_TYPE_HEADER = "MemberPulse-Event-Type";
    private static final int MAX_ERROR_BODY = 300;
    private static final Set<String> TYPES = Set.of(TicketEvent.Created.TYPE, TicketEvent.StatusChanged.TYPE, MessageAdded.TYPE,
            TicketEvent.AssigneeChanged.TYPE, SlaEvents.WARNING, SlaEvents.BREACHED);

    private final NotificationSettingsService settings;
    private final NotificationProperties properties;
    private final TicketAutomation tickets;
    private final MessageLookup messages;
    private final DeliveryLog deliveries;
    private final HttpClient http;

    WebhookNotifications(NotificationSettingsService settings, NotificationProperties properties, TicketAutomation tickets,
                         MessageLookup messages, DeliveryLog deliveries) {
        super(NAME, TYPES, properties);
        this.settings = settings;
        this.properties = properties;
        this.tickets = tickets;
        this.messages = messages;
        this.deliveries = deliveries;
        this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void handle(DomainEvent event) throws IOException, InterruptedException {
        StoredSettings current = settings.current();
        if (!current.webhookEnabled() || current.webhookUrl() == null || current.webhookSecret() == null || event.ticketId() == null) {
            return;
        }
        Optional<Ticket> ticket = tickets.find(event.ticketId());
        if (ticket.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require().slug();
        Map<String, String> links = Map.of("memberUrl", properties.memberTicketUrl(tenant, ticket.get().id()),
                "staffUrl", properties.staffTicketUrl(tenant, ticket.get().id()));
        Optional<WebhookEvents.Outgoing> outgoing = WebhookEvents.of(event, tenant, ticket.get(), messages::find, links);
        if (outgoing.isEmpty()) {
            return;
        }
        URI url = URI.create(current.webhookUrl());
        String receiver = url.getHost();
        if (deliveries.told(ticket.get().id(), event.id(), Channel.WEBHOOK, receiver)) {
            return;
        }
        List<String> secrets = new ArrayList<>(List.of(current.webhookSecret()));
        if (current.previousWebhookSecret() != null && current.previousSecretValidUntil() != null) {
            secrets.add(current.previousWebhookSecret());
        }
        String body = outgoing.get().body();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "MemberPulse-Support-Webhooks/1")
                .header(EVENT_ID_HEADER, NotificationDelivery.eventId(event.id()))
                .header(EVENT_TYPE_HEADER, outgoing.get().type())
                .header(WebhookSignature.HEADER, WebhookSignature.header(Instant.now().getEpochSecond(), body, secrets))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        // Only the start of the answer is read (for the error), whatever the receiver sends.
        String answer;
        try (InputStream start = response.body()) {
            answer = new String(start.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8).strip();
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The receiver answered HTTP " + response.statusCode() + (answer.isEmpty() ? "" : ": " + answer));
        }
        deliveries.sent(ticket.get().id(), Channel.WEBHOOK, Kind.of(event.type()), receiver, "HTTP " + response.statusCode(),
                List.of(event.id()), "Webhook " + outgoing.get().type() + " delivered to " + receiver);
    }
}
