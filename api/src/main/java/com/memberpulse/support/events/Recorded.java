package com.memberpulse.support.events;

import java.util.List;

/**
 * What a committed change answers: its result and the events it recorded, so that the caller can hand those to
 * {@link EventRelay#deliverNow} when its answer should already show their effect.
 */
public record Recorded<T>(T value, List<DomainEvent> events) {

    public Recorded {
        events = List.copyOf(events);
    }
}
