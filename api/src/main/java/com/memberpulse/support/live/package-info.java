/**
 * Live updates: the {@code ticketUpdated} subscription (GraphQL over WebSocket). Each instance listens to the event
 * backbone ({@link com.memberpulse.support.events.InstanceEventListener}) and turns the ticket and message events of a
 * tenant into updates for that tenant's subscribers on this instance, each ticket read as its subscriber may see it
 * and matched against the subscriber's filter by the queue's own rule. Subscribers are bounded: a few subscriptions
 * per user, a bounded buffer each, and a connection that cannot keep up is closed rather than buffered for.
 */
@NullMarked
package com.memberpulse.support.live;

import org.jspecify.annotations.NullMarked;
