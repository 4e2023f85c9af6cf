package com.memberpulse.support.events;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The current tenant's parked events of some consumers, for the feature that owns those consumers to show its
 * admins (parked notifications) and send again. No authorisation of its own: the calling feature decides who may.
 */
public interface TenantParkedEvents {

    /** Up to {@code limit} of them after the parked entry {@code afterId} (0: from the first), oldest parked first. */
    List<ParkedEvent> page(Collection<String> consumers, long afterId, int limit);

    long count(Collection<String> consumers);

    /** Those about these tickets, oldest parked first. */
    List<ParkedEvent> ofTickets(Collection<String> consumers, Collection<UUID> ticketIds);

    /** Asks for these to be delivered again soon; answers the ids that are the tenant's parked events of these consumers. */
    List<Long> requestRedelivery(Collection<String> consumers, List<Long> ids);
}
