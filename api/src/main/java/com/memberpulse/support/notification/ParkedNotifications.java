package com.memberpulse.support.notification;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.paging.CursorCodec;
import com.memberpulse.support.common.paging.PageSize;
import com.memberpulse.support.events.ParkedEvent;
import com.memberpulse.support.events.TenantParkedEvents;
import com.memberpulse.support.notification.NotificationDelivery.Channel;
import com.memberpulse.support.notification.NotificationDelivery.Kind;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's notifications that failed every retry (events its two consumers parked), for its admins to see and send
 * again; and the delivery log of tickets, for staff.
 */
@Service
class ParkedNotifications {

    private static final int MAX_RESENDS = 100;

    private final TenantParkedEvents parked;
    private final DeliveryLog deliveries;
    private final CursorCodec cursors;

    ParkedNotifications(TenantParkedEvents parked, DeliveryLog deliveries, CursorCodec cursors) {
        this.parked = parked;
        this.deliveries = deliveries;
        this.cursors = cursors;
    }

    /** A parked notification as admins see it. */
    record ParkedNotification(String id, Channel channel, Kind kind, @Nullable UUID ticketId, String eventType, OffsetDateTime recordedAt,
                              int attempts, @Nullable String lastError, OffsetDateTime lastFailedAt, boolean resendRequested) {

        static ParkedNotification of(ParkedEvent event) {
            return new ParkedNotification(Long.toString(event.id()), Channel.ofConsumer(event.consumer()), Kind.of(event.type()),
                    event.ticketId(), event.type(), event.recordedAt(), event.attempts(), event.lastError(), event.lastFailedAt(),
                    event.redeliveryRequested());
        }
    }

    /** What a re-send request did (the schema's {@code RedeliveryResult}). */
    record ResendResult(int requested, List<String> notFound) {
    }

    @PreAuthorize("@access.admin()")
    @Transactional(readOnly = true)
    public Connection<ParkedNotification> list(@Nullable Integer first, @Nullable String after) {
        int pageSize = PageSize.of(first);
        long afterId = after == null ? 0 : Long.parseLong(cursors.decode("parkedNotifications", after));
        // The count is read later, when the field is resolved, maybe on another thread: in this tenant still.
        Tenant tenant = TenantContext.require();
        return Connection.of(parked.page(DeliveryLog.CONSUMERS, afterId, pageSize + 1).stream().map(ParkedNotification::of).toList(),
                pageSize, () -> TenantContext.callIn(tenant, () -> parked.count(DeliveryLog.CONSUMERS)),
                entry -> cursors.encode("parkedNotifications", entry.id()));
    }

    @PreAuthorize("@access.admin()")
    @Transactional
    public ResendResult resend(List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_RESENDS) {
            throw SupportException.validation("ids", "Name 1 to " + MAX_RESENDS + " parked notifications.");
        }
        List<Long> wanted = ids.stream().map(ParkedNotifications::parseId).filter(id -> id > 0).distinct().toList();
        Set<Long> requested = Set.copyOf(parked.requestRedelivery(DeliveryLog.CONSUMERS, wanted));
        return new ResendResult(requested.size(), ids.stream().filter(id -> !requested.contains(parseId(id))).toList());
    }

    /** The delivery log of tickets the caller may see: staff only. */
    @PreAuthorize("@access.staff()")
    public Map<UUID, List<NotificationDelivery>> deliveriesOf(Collection<UUID> ticketIds) {
        return deliveries.of(ticketIds);
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
