package com.memberpulse.support.notification;

import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventJson;
import com.memberpulse.support.message.Message;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.sla.SlaEvents;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the host platform is sent for an event: the public event catalogue (README "Webhooks"). The event's type names
 * are the host's contract, kept apart from the backbone's internal ones; internal notes are never sent.
 */
final class WebhookEvents {

    static final String CREATED = "ticket.created";
    static final String STATUS_CHANGED = "ticket.status_changed";
    static final String REPLIED = "ticket.replied";
    static final String ASSIGNED = "ticket.assigned";
    static final String SLA_WARNING = "ticket.sla_warning";
    static final String SLA_BREACHED = "ticket.sla_breached";

    private WebhookEvents() {
    }

    /** One event to post: its public type and its JSON body. */
    record Outgoing(String type, String body) {
    }

    /**
     * The outgoing event for {@code event} about {@code ticket} as it is now, or empty for what the host is not told (an
     * internal note). {@code messages} finds a reply's text; {@code links} the member's and staff's addresses of the ticket.
     */
    static Optional<Outgoing> of(DomainEvent event, String tenant, Ticket ticket, Function<UUID, Optional<Message>> messages,
                                 Map<String, String> links) {
        Map<String, Object> data = new LinkedHashMap<>();
        String type;
        switch (event.type()) {
            case TicketEvent.Created.TYPE -> type = CREATED;
            case TicketEvent.StatusChanged.TYPE -> {
                TicketEvent.StatusChanged change = event.payload(TicketEvent.StatusChanged.class);
                type = STATUS_CHANGED;
                data.put("from", change.from().name());
                data.put("to", change.to().name());
            }
            case MessageAdded.TYPE -> {
                MessageAdded added = event.payload(MessageAdded.class);
                if (added.visibility() != Message.Visibility.PUBLIC) {
                    return Optional.empty();
                }
                type = REPLIED;
                data.put("messageId", added.messageId().toString());
                data.put("authorRole", added.authorRole().name());
                messages.apply(added.messageId()).ifPresent(message -> {
                    data.put("authorName", message.authorName());
                    data.put("bodyHtml", message.body());
                    data.put("bodyText", RichText.plainText(message.body()));
                });
            }
            case TicketEvent.AssigneeChanged.TYPE -> {
                TicketEvent.AssigneeChanged change = event.payload(TicketEvent.AssigneeChanged.class);
                type = ASSIGNED;
                data.put("fromAgentId", change.from());
                data.put("toAgentId", change.to());
            }
            case SlaEvents.WARNING, SlaEvents.BREACHED -> {
                SlaEvents.Escalated escalated = event.payload(SlaEvents.Escalated.class);
                type = event.type().equals(SlaEvents.WARNING) ? SLA_WARNING : SLA_BREACHED;
                data.put("target", escalated.target().name());
                data.put("policyName", escalated.policyName());
            }
            default -> {
                return Optional.empty();
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", NotificationDelivery.eventId(event.id()));
        body.put("type", type);
        body.put("occurredAt", event.recordedAt().toString());
        body.put("tenant", tenant);
        body.put("ticket", ticket(ticket, links));
        body.put("data", data);
        return Optional.of(new Outgoing(type, EventJson.write(body)));
    }

    private static Map<String, @Nullable Object> ticket(Ticket ticket, Map<String, String> links) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("id", ticket.id().toString());
        fields.put("number", ticket.number());
        fields.put("subject", ticket.subject());
        fields.put("status", ticket.status().name());
        fields.put("priority", ticket.priority().name());
        fields.put("categoryId", ticket.categoryId().toString());
        fields.put("requesterId", ticket.requesterId());
        fields.put("requesterType", ticket.requesterType().name());
        fields.put("requesterName", ticket.requesterName());
        fields.put("requesterEmail", ticket.requesterEmail());
        fields.put("assigneeId", ticket.assigneeId());
        fields.put("assigneeName", ticket.assigneeName());
        fields.put("updatedAt", ticket.updatedAt().toString());
        fields.putAll(links);
        return fields;
    }
}
