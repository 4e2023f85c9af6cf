package com.memberpulse.support.notification;

import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.ticket.TicketEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One notification about a ticket, as staff see it in the delivery log. */
record NotificationDelivery(String id, UUID ticketId, Channel channel, Kind kind, String recipient, Outcome outcome,
                            @Nullable String detail, OffsetDateTime at, List<String> eventIds) {

    enum Channel {
        EMAIL, WEBHOOK;

        /** The channel whose consumer this is (a parked event names its consumer). */
        static Channel ofConsumer(String consumer) {
            return consumer.equals(WebhookNotifications.NAME) ? WEBHOOK : EMAIL;
        }
    }

    enum Kind {
        STATUS_CHANGED, NEW_REPLY, UPDATES, ASSIGNED, ESCALATED, CREATED;

        /** What a notification of an event of this type tells. */
        static Kind of(String eventType) {
            return switch (eventType) {
                case TicketEvent.StatusChanged.TYPE -> STATUS_CHANGED;
                case MessageAdded.TYPE -> NEW_REPLY;
                case TicketEvent.AssigneeChanged.TYPE -> ASSIGNED;
                case TicketEvent.Created.TYPE -> CREATED;
                default -> ESCALATED;
            };
        }
    }

    enum Outcome { SENT, SKIPPED, PARKED }

    /** How an event is named outside: in webhooks' {@code id} and in the delivery log. */
    static String eventId(long id) {
        return "evt_" + id;
    }
}
