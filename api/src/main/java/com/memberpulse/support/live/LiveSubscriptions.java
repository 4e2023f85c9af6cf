package com.memberpulse.support.live;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.graphql.WebSocketConnections;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.InstanceEventListener;
import com.memberpulse.support.security.Access;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.TicketFilter;
import com.memberpulse.support.ticket.TicketService;
import com.memberpulse.support.ticket.WatchedTicket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * This instance's live subscribers by tenant, fed by the event backbone: each event of a tenant that a screen cares
 * about ({@link Change}) is queued for each of that tenant's subscribers who may hear of it, and read on a virtual
 * thread per subscriber, in order, as that subscriber (their security context and tenant): the ticket as they may see
 * it, sent if it matches their filter now or did before the change. Nothing here blocks the relay's thread.
 * <p>
 * Bounds: {@code max-subscriptions-per-user} per user and instance (one more is RATE_LIMITED); {@code buffer-size}
 * changes waiting per subscriber and as many updates waiting to be sent, past which the connection is closed with
 * {@value #TOO_SLOW} (the client reconnects and reloads); {@code load-concurrency} tickets read at once.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
@EnableConfigurationProperties(LiveProperties.class)
class LiveSubscriptions implements InstanceEventListener {

    /** WebSocket close code "Try Again Later": the subscriber did not keep up with its updates. */
    static final int TOO_SLOW = 1013;

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriptions.class);

    private final Map<String, Set<Subscriber>> byTenant = new ConcurrentHashMap<>();
    private final Map<String, Integer> perUser = new ConcurrentHashMap<>();
    private final TicketService tickets;
    private final Access access;
    private final WebSocketConnections connections;
    private final LiveProperties properties;
    private final Semaphore loads;

    LiveSubscriptions(TicketService tickets, Access access, WebSocketConnections connections, LiveProperties properties, MeterRegistry meters) {
        this.tickets = tickets;
        this.access = access;
        this.connections = connections;
        this.properties = properties;
        this.loads = new Semaphore(properties.loadConcurrency());
        Gauge.builder("memberpulse.live.subscribers", this, LiveSubscriptions::subscribers)
                .description("Open ticketUpdated subscriptions on this instance").register(meters);
    }

    /** Open subscriptions on this instance, all tenants together. */
    int subscribers() {
        return byTenant.values().stream().mapToInt(Set::size).sum();
    }

    /** A new subscription of the caller (checked by the ticket service already) on connection {@code connectionId}. */
    Flux<TicketUpdate> open(@Nullable TicketFilter filter, String connectionId) {
        Tenant tenant = TenantContext.require();
        String userKey = tenant.slug() + "/" + CurrentUser.get().userId();
        reserve(userKey);
        Subscriber subscriber = new Subscriber(tenant, SecurityContextHolder.getContext(), userKey, access.staff(), filter, connectionId,
                properties.bufferSize());
        return subscriber.updates.asFlux()
                .doOnSubscribe(subscription -> byTenant.computeIfAbsent(tenant.slug(), slug -> ConcurrentHashMap.newKeySet()).add(subscriber))
                .doFinally(signal -> close(subscriber));
    }

    /** On the relay's thread: queue the change for every subscriber of the tenant who may hear of it. Never blocks. */
    @Override
    public void onEvent(DomainEvent event) {
        Set<Subscriber> subscribers = byTenant.get(event.tenant());
        if (subscribers == null || subscribers.isEmpty()) {
            return;
        }
        Change.of(event).ifPresent(change -> subscribers.forEach(subscriber -> {
            if (!subscriber.mayHearOf(change)) {
                return;
            }
            if (subscriber.inbox.offer(change)) {
                read(subscriber);
            } else {
                drop(subscriber, "changes");
            }
        }));
    }

    private void read(Subscriber subscriber) {
        if (subscriber.draining.compareAndSet(false, true)) {
            Thread.ofVirtual().name("live-" + subscriber.userKey).start(() -> drain(subscriber));
        }
    }

    private void drain(Subscriber subscriber) {
        try {
            Change change;
            while (!subscriber.dropped.get() && (change = subscriber.inbox.poll()) != null) {
                send(subscriber, change);
            }
        } finally {
            subscriber.draining.set(false);
        }
        // A change queued after the last poll and before the flag was let go would wait for the next one.
        if (!subscriber.inbox.isEmpty() && !subscriber.dropped.get()) {
            read(subscriber);
        }
    }

    private void send(Subscriber subscriber, Change change) {
        Optional<WatchedTicket> watched;
        try {
            loads.acquire();
            try {
                watched = as(subscriber, () -> tickets.watch(change.ticketId(), subscriber.filter, change.ticketChange()));
            } finally {
                loads.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            log.warn("Could not read ticket {} for a live subscriber of tenant '{}'", change.ticketId(), subscriber.tenant.slug(), e);
            return;
        }
        watched.ifPresent(ticket -> {
            Sinks.EmitResult result = subscriber.updates.tryEmitNext(
                    new TicketUpdate(change.kind(), ticket.ticket(), ticket.matchesFilter(), change.occurredAt()));
            if (result == Sinks.EmitResult.FAIL_OVERFLOW) {
                drop(subscriber, "updates");
            }
        });
    }

    private static <T> T as(Subscriber subscriber, Supplier<T> work) {
        SecurityContextHolder.setContext(subscriber.security);
        try {
            return TenantContext.callIn(subscriber.tenant, work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The subscriber cannot keep up: its connection is closed (which ends its subscriptions) rather than buffered for. */
    private void drop(Subscriber subscriber, String what) {
        if (subscriber.dropped.compareAndSet(false, true)) {
            log.info("Closing live connection {} of {}: {} {} waiting, it does not keep up", subscriber.connectionId, subscriber.userKey,
                    properties.bufferSize(), what);
            remove(subscriber);
            connections.close(subscriber.connectionId, TOO_SLOW, "Too slow: more than " + properties.bufferSize() + " " + what + " waiting");
        }
    }

    /** The subscription ended (completed, cancelled by the client, its connection closed): forget it, free its place. */
    private void close(Subscriber subscriber) {
        subscriber.dropped.set(true);
        subscriber.inbox.clear();
        remove(subscriber);
        if (subscriber.released.compareAndSet(false, true)) {
            perUser.computeIfPresent(subscriber.userKey, (key, open) -> open <= 1 ? null : open - 1);
        }
    }

    private void remove(Subscriber subscriber) {
        Set<Subscriber> subscribers = byTenant.get(subscriber.tenant.slug());
        if (subscribers != null) {
            subscribers.remove(subscriber);
        }
    }

    private void reserve(String userKey) {
        int max = properties.maxSubscriptionsPerUser();
        boolean[] granted = {false};
        perUser.compute(userKey, (key, open) -> {
            int count = open == null ? 0 : open;
            granted[0] = count < max;
            return granted[0] ? count + 1 : open;
        });
        if (!granted[0]) {
            throw new SupportException(ErrorCode.RATE_LIMITED, "You have " + max
                    + " live subscriptions open, the most allowed at once. Close one (a tab or a screen) and subscribe again.");
        }
    }
}
