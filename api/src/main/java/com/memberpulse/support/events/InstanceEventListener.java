package com.memberpulse.support.events;

/**
 * A listener that lives in every instance of the service (live subscriptions): each instance is woken when events
 * commit and reads them from the log, from where it started. No progress is kept: an instance that starts late gets
 * the events recorded after it started. Called on the relay's thread; must not block.
 */
public interface InstanceEventListener {

    void onEvent(DomainEvent event);
}
