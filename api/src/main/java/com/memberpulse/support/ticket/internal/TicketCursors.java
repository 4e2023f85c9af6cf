package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.common.paging.CursorCodec;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.Ticket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Queue cursors: the keyset position of a ticket in the query's order, signed together with the tenant and
 * the whole query, so a cursor only ever continues the query it came from.
 */
@Component
public class TicketCursors {

    private final CursorCodec codec;

    TicketCursors(CursorCodec codec) {
        this.codec = codec;
    }

    public String scope(QueueQuery query) {
        return "tickets|" + TenantContext.require().slug() + "|" + query.describe();
    }

    /**
     * The ticket's position in {@code order}; {@code slaDue} is where it sorts by SLA due time (SLA_DUE only),
     * {@code matchRank} its place among a search's matches (RELEVANCE only).
     */
    public String encode(String scope, QueueQuery.OrderKey order, Ticket ticket, Function<Ticket, OffsetDateTime> slaDue,
                         Function<Ticket, Integer> matchRank) {
        String position = switch (order) {
            case RELEVANCE -> matchRank.apply(ticket) + ":0:" + ticket.id();
            case SLA_DUE -> micros(slaDue.apply(ticket)) + ":" + ticket.id();
            case CREATED_AT -> micros(ticket.createdAt()) + ":" + ticket.id();
            case UPDATED_AT -> micros(ticket.updatedAt()) + ":" + ticket.id();
            case PRIORITY -> ticket.priority().rank() + ":" + micros(ticket.createdAt()) + ":" + ticket.id();
        };
        return codec.encode(scope, position);
    }

    public QueueQuery.Keyset decode(String scope, QueueQuery.OrderKey order, String cursor) {
        String[] parts = codec.decode(scope, cursor).split(":");
        try {
            return order == QueueQuery.OrderKey.PRIORITY || order == QueueQuery.OrderKey.RELEVANCE
                    ? new QueueQuery.Keyset(time(parts[1]), Integer.parseInt(parts[0]), UUID.fromString(parts[2]))
                    : new QueueQuery.Keyset(time(parts[0]), null, UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            // Signed by us, so only a change of format between versions could get here.
            throw SupportException.validation("after", "This cursor is not valid for this query. Start again from the first page.");
        }
    }

    private static long micros(OffsetDateTime time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time.toInstant());
    }

    private static OffsetDateTime time(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
