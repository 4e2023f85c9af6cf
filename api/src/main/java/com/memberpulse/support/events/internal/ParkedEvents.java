package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.ParkedEvent;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.paging.Connection;
import com.memberpulse.support.common.paging.CursorCodec;
import com.memberpulse.support.common.paging.PageSize;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The platform admin's view of parked events, across every tenant (so never for a platform admin acting inside
 * one, nor for anyone else), and their requests to send some again.
 */
@Service
class ParkedEvents {

    private static final int MAX_REDELIVERIES = 100;

    private final ParkedMapper parked;
    private final OutboxMapper outbox;
    private final CursorCodec cursors;

    ParkedEvents(ParkedMapper parked, OutboxMapper outbox, CursorCodec cursors) {
        this.parked = parked;
        this.outbox = outbox;
        this.cursors = cursors;
    }

    @PreAuthorize("@access.platform()")
    public Connection<ParkedEvent> list(@Nullable String consumer, @Nullable Integer first, @Nullable String after) {
        int pageSize = PageSize.of(first);
        String scope = "parkedEvents:" + (consumer == null ? "" : consumer);
        long afterId = after == null ? 0 : Long.parseLong(cursors.decode(scope, after));
        return Connection.of(parked.page(consumer, afterId, pageSize + 1), pageSize, () -> parked.count(consumer),
                entry -> cursors.encode(scope, Long.toString(entry.id())));
    }

    /** Marks these parked events for redelivery by the relay; ids that are not parked (any more) are named back. */
    @PreAuthorize("@access.platform()")
    public RedeliveryResult redeliver(List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_REDELIVERIES) {
            throw SupportException.validation("ids", "Name 1 to " + MAX_REDELIVERIES + " parked events.");
        }
        List<Long> wanted = ids.stream().map(ParkedEvents::parseId).filter(id -> id > 0).distinct().toList();
        Set<Long> requested = wanted.isEmpty() ? Set.of() : Set.copyOf(parked.requestRedelivery(wanted));
        if (!requested.isEmpty()) {
            outbox.notifyReady();
        }
        List<String> notFound = ids.stream().filter(id -> !requested.contains(parseId(id))).toList();
        return new RedeliveryResult(requested.size(), notFound);
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How a redelivery request went: how many events will be sent again, and the ids that name no parked event. */
    record RedeliveryResult(int requested, List<String> notFound) {
    }
}
