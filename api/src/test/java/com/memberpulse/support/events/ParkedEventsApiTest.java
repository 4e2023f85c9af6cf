package com.memberpulse.support.events;

import static com.memberpulse.support.events.EventTestConsumers.FLAKY;
import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.tenant.Tenant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A failing event: retried with back-off, parked, seen and redelivered by a platform admin over GraphQL. */
@AutoConfigureHttpGraphQlTester
class ParkedEventsApiTest extends EventsTestBase {

    private static final String PARKED = """
            query($consumer: String) { parkedEvents(consumer: $consumer, first: 100) {
              edges { node { id consumer eventId tenant ticketId type payload attempts lastError redeliveryRequested } } } }""";
    private static final String REDELIVER = "mutation($ids: [ID!]!) { redeliverParkedEvents(ids: $ids) { requested notFound } }";

    @Autowired
    HttpGraphQlTester graphQl;

    /**
     * This class has a context of its own (the GraphQL tester), so it may poll as production does (every second):
     * what it checks is parking and redelivery; that delivery rides on notifications is `TwoInstancesTest`'s to prove.
     * (Once, in a full run, a delivery here waited past the 20 s of the test under the 30 s poll of the event tests.)
     */
    @DynamicPropertySource
    static void pollAsInProduction(DynamicPropertyRegistry registry) {
        registry.add("memberpulse.events.poll-interval", () -> "PT1S");
    }

    private Tenant tenant;

    record Parked(String id, String consumer, String eventId, String tenant, String ticketId, String type, String payload, int attempts,
                  String lastError, boolean redeliveryRequested) {
    }

    @BeforeEach
    void failingTenant() {
        tenant = newTenant();
        Deliveries.FAILING_TENANTS.add(tenant.slug());
    }

    @AfterEach
    void stopFailing() {
        Deliveries.FAILING_TENANTS.remove(tenant.slug());
    }

    @Test
    void aFailingEventIsRetriedWithBackOffThenParkedAndTheTicketsLaterEventsGoOn() {
        UUID ticket = UUID.randomUUID();
        DomainEvent failing = append(tenant, ticket, "failing.first", new Step(1));
        DomainEvent next = append(tenant, ticket, "test.second", new Step(2));

        eventuallyHandled().until(() -> Deliveries.ids(FLAKY, tenant.slug()).contains(next.id()));
        List<Deliveries.Delivery> tries = Deliveries.of(FLAKY + ":failed", tenant.slug());
        assertThat(tries).extracting(d -> d.event().id()).containsExactly(failing.id(), failing.id(), failing.id());
        // Back-off of 50 ms, doubling: the second try waits at least 50 ms, the third at least 100 ms.
        assertThat(tries.get(1).nanos() - tries.get(0).nanos()).isGreaterThanOrEqualTo(50_000_000L);
        assertThat(tries.get(2).nanos() - tries.get(1).nanos()).isGreaterThanOrEqualTo(100_000_000L);
        // Head of line: the ticket's next event waited for the failing one to be parked.
        assertThat(Deliveries.of(FLAKY, tenant.slug()).getFirst().nanos()).isGreaterThan(tries.get(2).nanos());

        Parked parked = parkedEntry(failing.id()).orElseThrow();
        assertThat(parked.consumer()).isEqualTo(FLAKY);
        assertThat(parked.tenant()).isEqualTo(tenant.slug());
        assertThat(parked.ticketId()).isEqualTo(ticket.toString());
        assertThat(parked.type()).isEqualTo("failing.first");
        assertThat(parked.payload()).isEqualTo("{\"seq\": 1}");
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.lastError()).isEqualTo("java.lang.IllegalStateException: Refused on purpose: failing.first");
        assertThat(parked.redeliveryRequested()).isFalse();
    }

    @Test
    void aRedeliveredEventThatFailsAgainStaysParkedWithItsTriesCountedAndLeavesOnceItSucceeds() {
        DomainEvent failing = append(tenant, UUID.randomUUID(), "failing.redelivered", new Step(1));
        eventuallyHandled().until(() -> parkedEntry(failing.id()).isPresent());
        String id = parkedEntry(failing.id()).orElseThrow().id();

        platformAdmin().document(REDELIVER).variable("ids", List.of(id, "999999999", "not-a-number")).execute()
                .path("redeliverParkedEvents.requested").entity(Integer.class).isEqualTo(1)
                .path("redeliverParkedEvents.notFound").entityList(String.class).containsExactly("999999999", "not-a-number");
        eventuallyHandled().until(() -> parkedEntry(failing.id()).map(Parked::attempts).orElse(0) == 4);
        assertThat(parkedEntry(failing.id()).orElseThrow().redeliveryRequested()).isFalse();

        Deliveries.FAILING_TENANTS.remove(tenant.slug());
        platformAdmin().document(REDELIVER).variable("ids", List.of(id)).execute()
                .path("redeliverParkedEvents.requested").entity(Integer.class).isEqualTo(1);

        eventuallyHandled().until(() -> parkedEntry(failing.id()).isEmpty());
        assertThat(Deliveries.ids(FLAKY, tenant.slug())).containsExactly(failing.id());
    }

    /** Every other caller, a platform admin naming a tenant included, is refused. */
    @Test
    void onlyAPlatformAdminNotNamingATenantSeesOrRedeliversParkedEvents() {
        List<String[]> others = List.of(
                new String[] {tokens.token(tenant.slug(), "ROLE_MEMBER")},
                new String[] {tokens.token(tenant.slug(), "ROLE_SPONSOR_ADMIN")},
                new String[] {tokens.token(tenant.slug(), "ROLE_CLIENT_USER")},
                new String[] {tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN")},
                new String[] {tokens.token(null, "ROLE_PLATFORM_ADMIN"), "X-MemberPulse-Tenant", tenant.slug()});
        for (String[] caller : others) {
            String[] headers = Arrays.copyOfRange(caller, 1, caller.length);
            assertThat(api.graphql(caller[0], PARKED, Map.of(), headers).errorCode()).isEqualTo("FORBIDDEN");
            assertThat(api.graphql(caller[0], REDELIVER, Map.of("ids", List.of("1")), headers).errorCode()).isEqualTo("FORBIDDEN");
        }
        platformAdmin().document(PARKED).execute().errors().verify();
    }

    private Optional<Parked> parkedEntry(long eventId) {
        return platformAdmin().document(PARKED).variable("consumer", FLAKY).execute()
                .path("parkedEvents.edges[*].node").entityList(Parked.class).get().stream()
                .filter(p -> p.eventId().equals(Long.toString(eventId))).findFirst();
    }

    private HttpGraphQlTester platformAdmin() {
        return as(tokens.token(null, "ROLE_PLATFORM_ADMIN"));
    }

    private HttpGraphQlTester as(String token) {
        return graphQl.mutate().headers(h -> h.setBearerAuth(token)).build();
    }
}
