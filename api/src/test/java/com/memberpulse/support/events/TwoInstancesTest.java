package com.memberpulse.support.events;

import static com.memberpulse.support.events.EventTestConsumers.LISTENER;
import static com.memberpulse.support.events.EventTestConsumers.RECORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances of the service on one database share the consumers' work, and both instances' listeners hear everything. */
class TwoInstancesTest extends EventsTestBase {

    private static ConfigurableApplicationContext secondInstance;

    @BeforeAll
    static void startSecondInstance() {
        List<String> settings = new ArrayList<>(List.of("spring.datasource.hikari.maximum-pool-size=5", "events-test.instance=second"));
        settings.addAll(List.of(RELAY_SETTINGS));
        secondInstance = TestStack.startAnotherInstance(settings, EventTestConsumers.class);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void eachEventReachesEachConsumerOnceAndEveryTicketsEventsInOrder() {
        List<Tenant> tenants = List.of(newTenant(), newTenant());
        int ticketsPerTenant = 6;
        int eventsPerTicket = 25;
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (Tenant tenant : tenants) {
                for (int t = 0; t < ticketsPerTenant; t++) {
                    UUID ticket = UUID.randomUUID();
                    writers.add(CompletableFuture.runAsync(() -> {
                        for (int seq = 0; seq < eventsPerTicket; seq++) {
                            append(tenant, ticket, "test.step", new Step(seq));
                        }
                    }, threads));
                }
                // Events without a ticket go by tenant.
                writers.add(CompletableFuture.runAsync(() -> {
                    for (int seq = 0; seq < eventsPerTicket; seq++) {
                        append(tenant, null, "test.tenant-wide", new Step(seq));
                    }
                }, threads));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
        }
        int perTenant = (ticketsPerTenant + 1) * eventsPerTicket;

        for (Tenant tenant : tenants) {
            eventually().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.of(RECORDER, tenant.slug()).size() >= perTenant);
            List<Deliveries.Delivery> delivered = Deliveries.of(RECORDER, tenant.slug());
            assertThat(delivered).hasSize(perTenant);
            assertThat(delivered.stream().map(d -> d.event().id()).distinct()).hasSize(perTenant);
            Map<Object, List<Integer>> stepsByTicket = delivered.stream().collect(Collectors.groupingBy(
                    d -> d.event().ticketId() == null ? "tenant" : d.event().ticketId(),
                    Collectors.mapping(d -> d.event().payload(Step.class).seq(), Collectors.toList())));
            assertThat(stepsByTicket).hasSize(ticketsPerTenant + 1).allSatisfy((ticket, steps) ->
                    assertThat(steps).as("ticket %s", ticket).isSorted().doesNotHaveDuplicates().hasSize(eventsPerTicket));
            Map<String, Long> byInstance = delivered.stream().collect(Collectors.groupingBy(Deliveries.Delivery::instance, Collectors.counting()));
            System.out.printf("Tenant %s: deliveries by instance %s%n", tenant.slug(), byInstance);
        }
    }

    @Test
    void theListenersOfBothInstancesHearEveryEventInPositionOrder() {
        Tenant tenant = newTenant();
        List<DomainEvent> appended = new ArrayList<>();
        for (int seq = 0; seq < 5; seq++) {
            appended.add(append(tenant, UUID.randomUUID(), "test.live", new Step(seq)));
        }
        // Far sooner than the 30 s poll: both instances were woken by PostgreSQL's notifications.
        eventually().atMost(Duration.ofSeconds(5)).until(() -> heardBy(tenant, "first").size() == 5 && heardBy(tenant, "second").size() == 5);

        Map<Long, Long> positions = new HashMap<>();
        appended.forEach(event -> positions.put(event.id(), position(event.id())));
        List<Long> inPositionOrder = appended.stream().map(DomainEvent::id).sorted(Comparator.comparing(positions::get)).toList();
        assertThat(heardBy(tenant, "first")).containsExactlyElementsOf(inPositionOrder);
        assertThat(heardBy(tenant, "second")).containsExactlyElementsOf(inPositionOrder);
    }

    private static List<Long> heardBy(Tenant tenant, String instance) {
        return Deliveries.of(LISTENER, tenant.slug()).stream().filter(d -> d.instance().equals(instance)).map(d -> d.event().id()).toList();
    }
}
