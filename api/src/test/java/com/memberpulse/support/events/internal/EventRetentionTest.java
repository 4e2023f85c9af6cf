package com.memberpulse.support.events.internal;

import static com.memberpulse.support.events.EventTestConsumers.FLAKY;
import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.events.Deliveries;
import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventsTestBase;
import com.memberpulse.support.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention deletes old events every consumer has passed, and keeps the rest: recent, not yet passed, parked. */
class EventRetentionTest extends EventsTestBase {

    private static final String LAGGARD = "events-test-laggard";

    @Autowired
    EventRetention retention;

    @Test
    void cleanupKeepsRecentUndeliveredAndParkedEventsAndDeletesTheRest() {
        Tenant tenant = newTenant();
        UUID ticket = UUID.randomUUID();
        Deliveries.FAILING_TENANTS.add(tenant.slug());
        DomainEvent parked;
        DomainEvent delivered;
        try {
            parked = append(tenant, ticket, "failing.kept", new Step(1));
            delivered = append(tenant, ticket, "test.delivered", new Step(2));
            eventuallyHandled().until(() -> Deliveries.ids(FLAKY, tenant.slug()).contains(delivered.id()));
        } finally {
            Deliveries.FAILING_TENANTS.remove(tenant.slug());
        }
        long position = position(delivered.id());
        String partition = "mod(hashtext('" + ticket + "')::bigint + 2147483648, 8)";
        eventuallyHandled().until(() -> jdbc.queryForObject("select count(*) from support_control.event_consumer_progress where partition = "
                + partition + " and position < ?", Long.class, position) == 0);

        assertThat(retention.deleteDeliveredBefore(Instant.now().minus(Duration.ofHours(1)))).isZero();
        assertThat(kept(delivered)).isTrue();

        jdbc.update("insert into support_control.event_consumer_progress (consumer, partition, position) values (?, " + partition + ", ?)",
                LAGGARD, position - 1);
        try {
            retention.deleteDeliveredBefore(Instant.now().plusSeconds(60));
            assertThat(kept(delivered)).as("not passed by every consumer").isTrue();
        } finally {
            jdbc.update("delete from support_control.event_consumer_progress where consumer = ?", LAGGARD);
        }

        DomainEvent last = append(tenant, UUID.randomUUID(), "test.last", new Step(3));
        eventuallyHandled().until(() -> Deliveries.ids(FLAKY, tenant.slug()).contains(last.id()));

        assertThat(retention.deleteDeliveredBefore(Instant.now().plusSeconds(60))).isPositive();
        assertThat(kept(delivered)).isFalse();
        assertThat(kept(parked)).as("parked").isTrue();
        // The sequencer numbers on from the last position, so that one stays whatever its age.
        assertThat(jdbc.queryForObject("select max(position) from support_control.event", Long.class)).isEqualTo(position(last.id()));
    }

    private boolean kept(DomainEvent event) {
        return jdbc.queryForObject("select count(*) from support_control.event where id = ?", Long.class, event.id()) == 1;
    }
}
