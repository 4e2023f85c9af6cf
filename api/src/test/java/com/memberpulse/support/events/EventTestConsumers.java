package com.memberpulse.support.events;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The consumers and the instance listener of the event tests, in every instance that imports this (a plain class,
 * not a {@code @Configuration}, so no other application context scans it in). Each records what it gets in
 * {@link Deliveries}, tagged with the instance ({@code events-test.instance}).
 */
public class EventTestConsumers {

    public static final String RECORDER = "events-test-recorder";
    public static final String REPLAYED = "events-test-replayed";
    public static final String PICKY = "events-test-picky";
    public static final String FLAKY = "events-test-flaky";
    public static final String IMMEDIATE = "events-test-immediate";
    public static final String LISTENER = "events-test-listener";
    public static final String DELAYED = "events-test-delayed";
    public static final Duration DELAY = Duration.ofMillis(1500);

    @Bean
    EventConsumer recorder(@Value("${events-test.instance:first}") String instance) {
        return new Recording(RECORDER, instance, type -> true, false);
    }

    @Bean
    EventConsumer replayed(@Value("${events-test.instance:first}") String instance) {
        return new Recording(REPLAYED, instance, type -> true, false);
    }

    @Bean
    EventConsumer picky(@Value("${events-test.instance:first}") String instance) {
        return new Recording(PICKY, instance, type -> type.startsWith("picky."), false);
    }

    @Bean
    EventConsumer immediate(@Value("${events-test.instance:first}") String instance) {
        return new Recording(IMMEDIATE, instance, type -> type.startsWith("immediate."), true);
    }

    /** Fails the {@code failing.*} events of a tenant in {@link Deliveries#FAILING_TENANTS} (recording the try), handles the others. */
    @Bean
    EventConsumer flaky(@Value("${events-test.instance:first}") String instance) {
        return new EventConsumer() {
            @Override
            public String name() {
                return FLAKY;
            }

            @Override
            public void handle(DomainEvent event) {
                boolean failing = Deliveries.FAILING_TENANTS.contains(event.tenant()) && event.type().startsWith("failing.");
                Deliveries.record(failing ? FLAKY + ":failed" : FLAKY, instance, event);
                if (failing) {
                    throw new IllegalStateException("Refused on purpose: " + event.type());
                }
            }
        };
    }

    /** Takes the {@code delayed.*} events no earlier than {@link #DELAY} after they were recorded. */
    @Bean
    EventConsumer delayed(@Value("${events-test.instance:first}") String instance) {
        return new EventConsumer() {
            @Override
            public String name() {
                return DELAYED;
            }

            @Override
            public boolean accepts(String type) {
                return type.startsWith("delayed.");
            }

            @Override
            public Duration delay() {
                return DELAY;
            }

            @Override
            public void handle(DomainEvent event) {
                Deliveries.record(DELAYED, instance, event);
            }
        };
    }

    @Bean
    InstanceEventListener listener(@Value("${events-test.instance:first}") String instance) {
        return event -> Deliveries.record(LISTENER, instance, event);
    }

    private record Recording(String name, String instance, Predicate<String> types, boolean acceptsImmediateDelivery) implements EventConsumer {

        @Override
        public boolean accepts(String type) {
            return types.test(type);
        }

        @Override
        public void handle(DomainEvent event) {
            Deliveries.record(name, instance, event);
        }
    }
}
