package com.memberpulse.support.notification;

import com.memberpulse.support.events.EventConsumer;
import com.memberpulse.support.events.RetryPolicy;
import java.util.Set;

/** What the two notification channels' consumers share: a name, the event types they tell of, their retries. */
abstract class NotificationConsumer implements EventConsumer {

    private final String name;
    private final Set<String> types;
    private final RetryPolicy retries;

    NotificationConsumer(String name, Set<String> types, NotificationProperties properties) {
        this.name = name;
        this.types = Set.copyOf(types);
        this.retries = properties.retry();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean accepts(String type) {
        return types.contains(type);
    }

    @Override
    public final RetryPolicy retryPolicy() {
        return retries;
    }
}
