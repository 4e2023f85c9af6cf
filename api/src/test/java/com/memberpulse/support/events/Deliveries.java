package com.memberpulse.support.events;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the test consumers and listeners of every instance in this JVM were handed, in the order they were handed it,
 * and the tenants whose events the flaky consumer fails on. Tests read only their own tenants' entries.
 */
public final class Deliveries {

    /** One event handed to one consumer (or instance listener) of one instance. */
    public record Delivery(String receiver, String instance, DomainEvent event, String thread, long nanos) {
    }

    private static final Queue<Delivery> ALL = new ConcurrentLinkedQueue<>();
    /** The flaky consumer fails the events of these tenants whose type starts with {@code failing.}. */
    public static final Set<String> FAILING_TENANTS = ConcurrentHashMap.newKeySet();

    private Deliveries() {
    }

    public static void record(String receiver, String instance, DomainEvent event) {
        ALL.add(new Delivery(receiver, instance, event, Thread.currentThread().getName(), System.nanoTime()));
    }

    /** What {@code receiver} was handed of {@code tenant}'s events, in order, on any instance. */
    public static List<Delivery> of(String receiver, String tenant) {
        return ALL.stream().filter(d -> d.receiver().equals(receiver) && d.event().tenant().equals(tenant)).toList();
    }

    public static List<Long> ids(String receiver, String tenant) {
        return of(receiver, tenant).stream().map(d -> d.event().id()).toList();
    }
}
