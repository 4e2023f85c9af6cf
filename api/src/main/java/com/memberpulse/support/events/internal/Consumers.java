package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.DomainEvent;
import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The consumers of this instance by name, and how one is handed an event: in the event's tenant, if it is still served. */
@Component
class Consumers {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final Map<String, EventConsumer> byName = new LinkedHashMap<>();
    private final TenantService tenants;

    Consumers(List<EventConsumer> consumers, TenantService tenants, EventProperties properties) {
        this.tenants = tenants;
        for (EventConsumer consumer : consumers) {
            if (!properties.consumers().isEmpty() && !properties.consumers().contains(consumer.name())) {
                continue;
            }
            if (byName.putIfAbsent(consumer.name(), consumer) != null) {
                throw new IllegalStateException("Two event consumers are named '" + consumer.name() + "'");
            }
        }
    }

    Collection<EventConsumer> all() {
        return byName.values();
    }

    String[] names() {
        return byName.keySet().toArray(String[]::new);
    }

    @Nullable EventConsumer named(String name) {
        return byName.get(name);
    }

    /**
     * The event's tenant if it is ACTIVE. Events of a DISABLED or DELETED tenant are passed over: its users are
     * refused, its schema may be gone, and a partition must not wait for it (other tenants share it).
     */
    Optional<Tenant> servedTenant(String slug) {
        return tenants.find(slug).filter(Tenant::isActive);
    }

    /** Hands the event to the consumer inside its tenant; whatever the consumer throws comes out. */
    static void handleIn(Tenant tenant, EventConsumer consumer, DomainEvent event) throws Exception {
        Exception failure = TenantContext.callIn(tenant, () -> {
            try {
                consumer.handle(event);
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        if (failure != null) {
            throw failure;
        }
    }

    /** What a failure is remembered by: its type and message, cut to a readable length. */
    static String describe(Exception failure) {
        String text = failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
