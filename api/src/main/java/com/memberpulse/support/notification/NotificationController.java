package com.memberpulse.support.notification;

import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketService;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Notifications over GraphQL. Who may do what is decided in the services. */
@Controller
class NotificationController {

    private final NotificationSettingsService settings;
    private final MemberPreferences preferences;
    private final ParkedNotifications parked;
    private final TicketService tickets;

    NotificationController(NotificationSettingsService settings, MemberPreferences preferences, ParkedNotifications parked,
                           TicketService tickets) {
        this.settings = settings;
        this.preferences = preferences;
        this.parked = parked;
        this.tickets = tickets;
    }

    @QueryMapping
    NotificationSettings notificationSettings() {
        return settings.get();
    }

    @MutationMapping
    NotificationSettings updateNotificationSettings(@Argument UpdateNotificationSettingsInput input) {
        return settings.update(input.emailEnabled(), input.fromAddress(), input.fromName(), input.replyToAddress(), input.webhookEnabled(),
                input.webhookUrl(), input.updatedAt());
    }

    @MutationMapping
    NotificationSettingsService.Rotation rotateWebhookSecret(@Argument RotateWebhookSecretInput input) {
        return settings.rotateSecret(input.overlapMinutes() == null ? 1440 : input.overlapMinutes());
    }

    @QueryMapping
    MemberPreferences.Preferences myNotificationPreferences() {
        return preferences.mine();
    }

    @MutationMapping
    MemberPreferences.Preferences updateMyNotificationPreferences(@Argument NotificationPreferencesInput input) {
        return preferences.updateMine(input.emailOptOut());
    }

    @QueryMapping
    Connection<ParkedNotifications.ParkedNotification> parkedNotifications(@Argument @Nullable Integer first, @Argument @Nullable String after) {
        return parked.list(first, after);
    }

    @MutationMapping
    ParkedNotifications.ResendResult resendParkedNotifications(@Argument List<String> ids) {
        return parked.resend(ids);
    }

    @BatchMapping(typeName = "Ticket", field = "notificationDeliveries")
    Map<Ticket, List<NotificationDelivery>> notificationDeliveries(List<Ticket> ticketsAsked) {
        Map<UUID, List<NotificationDelivery>> byId = parked.deliveriesOf(ticketsAsked.stream().map(Ticket::id).distinct().toList());
        Map<Ticket, List<NotificationDelivery>> result = new LinkedHashMap<>();
        ticketsAsked.forEach(ticket -> result.put(ticket, byId.getOrDefault(ticket.id(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = "ParkedNotification", field = "ticket")
    @Nullable Ticket ticket(ParkedNotifications.ParkedNotification notification) {
        return notification.ticketId() == null ? null : tickets.get(notification.ticketId());
    }

    record UpdateNotificationSettingsInput(boolean emailEnabled, @Nullable String fromAddress, @Nullable String fromName,
                                           @Nullable String replyToAddress, boolean webhookEnabled, @Nullable String webhookUrl,
                                           OffsetDateTime updatedAt) {
    }

    record RotateWebhookSecretInput(@Nullable Integer overlapMinutes) {
    }

    record NotificationPreferencesInput(boolean emailOptOut) {
    }
}
