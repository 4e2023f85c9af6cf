package com.memberpulse.support.notification;

import com.memberpulse.support.events.ParkedEvent;
import com.memberpulse.support.events.TenantParkedEvents;
import com.memberpulse.support.notification.NotificationDelivery.Channel;
import com.memberpulse.support.notification.NotificationDelivery.Kind;
import com.memberpulse.support.notification.NotificationDelivery.Outcome;
import com.memberpulse.support.notification.internal.NotificationMapper;
import com.memberpulse.support.ticket.Actor;
import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.TicketAutomation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was told about a ticket: every notification sent or skipped on purpose (with a history entry for each one
 * sent), and, read together with them, the ones parked after failing. Recording after sending makes delivery at least
 * once: a crash in between sends again (a webhook with the same event id, which the receiver de-duplicates).
 */
@Component
class DeliveryLog {

    static final Actor NOTIFICATIONS = Actor.system("Notifications");
    static final List<String> CONSUMERS = List.of(EmailNotifications.NAME, WebhookNotifications.NAME);

    private final NotificationMapper notifications;
    private final TicketAutomation tickets;
    private final TenantParkedEvents parked;
    private final Clock clock;

    DeliveryLog(NotificationMapper notifications, TicketAutomation tickets, TenantParkedEvents parked, Clock clock) {
        this.notifications = notifications;
        this.tickets = tickets;
        this.parked = parked;
        this.clock = clock;
    }

    /** Whether a delivery on {@code channel} to {@code recipient} already told of the event. */
    @Transactional(readOnly = true)
    boolean told(UUID ticketId, long eventId, Channel channel, String recipient) {
        return notifications.told(ticketId, eventId, channel.name(), recipient);
    }

    /** A notification sent, and its line in the ticket's history ({@code historyNote}). */
    @Transactional
    void sent(UUID ticketId, Channel channel, Kind kind, String recipient, @Nullable String detail, List<Long> eventIds, String historyNote) {
        record(ticketId, channel, kind, recipient, Outcome.SENT, detail, eventIds);
        tickets.note(ticketId, NOTIFICATIONS, HistoryEntry.Field.NOTIFICATION, channel.name(), historyNote);
    }

    /** A notification not sent on purpose ({@code reason}: an opted-out member, no address): in the log, not in the history. */
    @Transactional
    void skipped(UUID ticketId, Channel channel, Kind kind, String recipient, String reason, List<Long> eventIds) {
        record(ticketId, channel, kind, recipient, Outcome.SKIPPED, reason, eventIds);
    }

    private void record(UUID ticketId, Channel channel, Kind kind, String recipient, Outcome outcome, @Nullable String detail,
                        List<Long> eventIds) {
        notifications.record(ticketId, channel.name(), kind.name(), recipient, outcome.name(), detail,
                eventIds.stream().map(String::valueOf).collect(Collectors.joining(",")), OffsetDateTime.now(clock));
    }

    /** The deliveries of these tickets, parked ones included, each ticket's oldest first. */
    @Transactional(readOnly = true)
    Map<UUID, List<NotificationDelivery>> of(Collection<UUID> ticketIds) {
        Map<UUID, List<NotificationDelivery>> byTicket = new LinkedHashMap<>();
        ticketIds.forEach(id -> byTicket.put(id, new ArrayList<>()));
        for (NotificationMapper.StoredDelivery stored : notifications.deliveriesOf(ticketIds)) {
            byTicket.get(stored.ticketId()).add(new NotificationDelivery(stored.id().toString(), stored.ticketId(),
                    Channel.valueOf(stored.channel()), Kind.valueOf(stored.kind()), stored.recipient(), Outcome.valueOf(stored.outcome()),
                    stored.detail(), stored.at(), Arrays.stream(stored.eventIds().split(",")).map(id -> NotificationDelivery.eventId(Long.parseLong(id))).toList()));
        }
        for (ParkedEvent event : parked.ofTickets(CONSUMERS, ticketIds)) {
            byTicket.get(event.ticketId()).add(parkedDelivery(event));
        }
        byTicket.values().forEach(list -> list.sort(Comparator.comparing(NotificationDelivery::at)));
        return byTicket;
    }

    /** A parked event as the delivery it could not make: who it was for is not known until it is sent. */
    private static NotificationDelivery parkedDelivery(ParkedEvent event) {
        Channel channel = Channel.ofConsumer(event.consumer());
        return new NotificationDelivery("parked-" + event.id(), event.ticketId(), channel, Kind.of(event.type()),
                channel == Channel.WEBHOOK ? "webhook" : "e-mail", Outcome.PARKED, event.lastError(), event.lastFailedAt(),
                List.of(NotificationDelivery.eventId(event.eventId())));
    }
}
