package com.memberpulse.support.events;

import static com.memberpulse.support.events.EventTestConsumers.IMMEDIATE;
import static com.memberpulse.support.events.EventTestConsumers.PICKY;
import static com.memberpulse.support.events.EventTestConsumers.RECORDER;
import static com.memberpulse.support.events.EventTestConsumers.REPLAYED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appending in the change's transaction, commit order, passing over types, early delivery and replay. */
class EventLogTest extends EventsTestBase {

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
    }

    @Test
    void anEventAppendedInATransactionThatRollsBackLeavesNothing() {
        AtomicReference<DomainEvent> appended = new AtomicReference<>();
        TenantContext.callIn(tenant, () -> transactions.execute(status -> {
            appended.set(eventLog.append(UUID.randomUUID(), "test.rolled-back", new Step(1)));
            status.setRollbackOnly();
            return null;
        }));

        assertThat(appended.get().id()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from support_control.event where id = ?", Long.class, appended.get().id())).isZero();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantContext.callIn(tenant, () -> eventLog.append(null, "test.outside", new Step(1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAppendedEventCarriesItsTenantTicketTypeAndPayload() {
        UUID ticket = UUID.randomUUID();
        DomainEvent event = append(tenant, ticket, "test.recorded", new Step(7));

        assertThat(event.tenant()).isEqualTo(tenant.slug());
        assertThat(event.ticketId()).isEqualTo(ticket);
        assertThat(event.type()).isEqualTo("test.recorded");
        assertThat(event.payload(Step.class)).isEqualTo(new Step(7));
        eventually().until(() -> Deliveries.ids(RECORDER, tenant.slug()).contains(event.id()));
        assertThat(Deliveries.of(RECORDER, tenant.slug()).getFirst().event()).isEqualTo(event);
    }

    /**
     * The transaction with the smaller id commits last: readers by id would have passed it over. It gets the later
     * position, and consumers get it after the other one, not never.
     */
    @Test
    void anEventWhoseTransactionCommitsLateIsDeliveredAfterTheOthersNotSkipped() throws Exception {
        UUID ticket = UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicReference<DomainEvent> early = new AtomicReference<>();
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> TenantContext.callIn(tenant, () -> transactions.execute(status -> {
            early.set(eventLog.append(ticket, "test.appended-first", new Step(1)));
            appended.countDown();
            try {
                assertThat(commit.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        })));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();

        DomainEvent late = append(tenant, ticket, "test.appended-second", new Step(2));
        eventually().until(() -> Deliveries.ids(RECORDER, tenant.slug()).contains(late.id()));
        commit.countDown();
        slow.get(30, TimeUnit.SECONDS);

        eventually().until(() -> Deliveries.ids(RECORDER, tenant.slug()).size() == 2);
        assertThat(early.get().id()).isLessThan(late.id());
        assertThat(Deliveries.ids(RECORDER, tenant.slug())).containsExactly(late.id(), early.get().id());
        assertThat(position(early.get().id())).isGreaterThan(position(late.id()));
    }

    @Test
    void aConsumerGetsOnlyTheTypesItAcceptsAndGoesPastTheOthers() {
        UUID ticket = UUID.randomUUID();
        append(tenant, ticket, "test.ignored", new Step(1));
        DomainEvent wanted = append(tenant, ticket, "picky.wanted", new Step(2));
        append(tenant, ticket, "test.ignored", new Step(3));
        DomainEvent last = append(tenant, ticket, "test.last", new Step(4));

        eventually().until(() -> Deliveries.ids(RECORDER, tenant.slug()).contains(last.id()));
        eventually().until(() -> progressOf(PICKY, ticket) >= position(last.id()));
        assertThat(Deliveries.ids(PICKY, tenant.slug())).containsExactly(wanted.id());
    }

    @Test
    void aConsumerWithADelayGetsEachEventNoSoonerThanThatAfterItWasRecordedInOrderWhileOthersGetItAtOnce() {
        UUID ticket = UUID.randomUUID();
        long before = System.nanoTime();
        DomainEvent first = append(tenant, ticket, "delayed.first", new Step(1));
        DomainEvent second = append(tenant, ticket, "delayed.second", new Step(2));

        eventuallyHandled().until(() -> Deliveries.ids(EventTestConsumers.DELAYED, tenant.slug()).size() == 2);
        List<Deliveries.Delivery> delayed = Deliveries.of(EventTestConsumers.DELAYED, tenant.slug());
        assertThat(delayed).extracting(d -> d.event().id()).containsExactly(first.id(), second.id());
        assertThat(delayed.getFirst().nanos() - before).isGreaterThanOrEqualTo(EventTestConsumers.DELAY.toNanos());
        Deliveries.Delivery recorded = Deliveries.of(RECORDER, tenant.slug()).stream().filter(d -> d.event().id() == first.id()).findFirst()
                .orElseThrow();
        assertThat(recorded.nanos()).as("a consumer without a delay is not held back").isLessThan(delayed.getFirst().nanos());
    }

    @Test
    void deliverNowHandsEventsToTheConsumersThatAcceptImmediateDeliveryOnTheCallersThread() {
        DomainEvent event = append(tenant, UUID.randomUUID(), "immediate.wanted", new Step(1));
        DomainEvent other = append(tenant, UUID.randomUUID(), "test.not-immediate", new Step(2));

        eventRelay.deliverNow(List.of(event, other));

        List<Deliveries.Delivery> early = Deliveries.of(IMMEDIATE, tenant.slug()).stream()
                .filter(d -> d.thread().equals(Thread.currentThread().getName())).toList();
        assertThat(early).extracting(d -> d.event().id()).containsExactly(event.id());
        // The relay delivers it too: at least once, the early delivery being one more.
        eventually().until(() -> Deliveries.ids(IMMEDIATE, tenant.slug()).size() == 2);
        assertThat(Deliveries.ids(IMMEDIATE, tenant.slug())).containsOnly(event.id());
    }

    @Test
    void replaySendsAConsumerEveryKeptEventAfterTheGivenOneAgain() {
        UUID ticket = UUID.randomUUID();
        DomainEvent first = append(tenant, ticket, "test.replayed", new Step(1));
        DomainEvent second = append(tenant, ticket, "test.replayed", new Step(2));
        DomainEvent third = append(tenant, ticket, "test.replayed", new Step(3));
        eventually().until(() -> Deliveries.ids(REPLAYED, tenant.slug()).size() == 3);

        eventRelay.replay(REPLAYED, first.id());

        eventually().until(() -> Deliveries.ids(REPLAYED, tenant.slug()).size() == 5);
        assertThat(Deliveries.ids(REPLAYED, tenant.slug()))
                .containsExactly(first.id(), second.id(), third.id(), second.id(), third.id());
        assertThat(Deliveries.ids(RECORDER, tenant.slug())).containsExactly(first.id(), second.id(), third.id());
    }

    private long progressOf(String consumer, UUID ticket) {
        return jdbc.queryForObject("""
                select p.position from support_control.event_consumer_progress p
                 where p.consumer = ? and p.partition = mod(hashtext(?)::bigint + 2147483648, 8)""", Long.class, consumer, ticket.toString());
    }
}
