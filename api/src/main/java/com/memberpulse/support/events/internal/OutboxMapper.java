package com.memberpulse.support.events.internal;

import com.memberpulse.support.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jspecify.annotations.Nullable;

/** The outbox, {@code support_control.event}: appending, sequencing, reading by position, retention. */
@Mapper
interface OutboxMapper {

    /** The partition (0 to {@code partitions} - 1) of the event row in scope, from its ticket or else its tenant. */
    String PARTITION = "mod(routing_key::bigint + 2147483648, #{partitions})";
    String COLUMNS = "id, tenant_slug as tenant, ticket_id, type, payload::text as payload, recorded_at";
    String APPENDED_CHANNEL = "support_events_appended";
    String READY_CHANNEL = "support_events_ready";

    /** Inserts the event and asks PostgreSQL to notify every listening instance when (if) the transaction commits. */
    @Select("with appended as (insert into support_control.event (tenant_slug, ticket_id, type, payload)"
            + " values (#{tenant}, #{ticketId}, #{type}, cast(#{payload} as jsonb)) returning " + COLUMNS + ")"
            + " select appended.* from appended, pg_notify('" + APPENDED_CHANNEL + "', '')")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    DomainEvent append(@Param("tenant") String tenant, @Param("ticketId") @Nullable UUID ticketId, @Param("type") String type,
                       @Param("payload") String payload);

    /** One sequencer at a time, across instances, until the transaction ends; false if another one runs. */
    @Select("select exists (select 1 from support_control.event where ticket_id = #{ticketId} and id > #{afterId} and type = #{type})")
    boolean recordedAfter(@Param("ticketId") UUID ticketId, @Param("afterId") long afterId, @Param("type") String type);

    @Select("select " + COLUMNS + " from support_control.event where ticket_id = #{ticketId} and id > #{afterId}"
            + " and recorded_at <= #{until} order by id")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<DomainEvent> ofTicketAfter(@Param("ticketId") UUID ticketId, @Param("afterId") long afterId, @Param("until") Instant until);

    @Select("select pg_try_advisory_xact_lock(1936945005, 0)")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    boolean trySequencerLock();

    /**
     * Numbers the committed events that have no position yet, in id order, after the largest position given so far;
     * returns how many. Events whose transaction is still open are not visible and get theirs in a later pass.
     */
    @Update("""
            with base as (select coalesce(max(position), 0) as last from support_control.event),
                 waiting as (select id, row_number() over (order by id) as n from support_control.event
                              where position is null order by id limit #{limit})
            update support_control.event e set position = base.last + waiting.n
              from waiting, base where e.id = waiting.id""")
    int positionCommitted(int limit);

    /**
     * Wakes every instance's relay: events were positioned (sent when the sequencing transaction commits, so the
     * instances that did not sequence go on at once), a consumer was set back, or a redelivery was asked for.
     */
    @Select("select 1 from pg_notify('" + READY_CHANNEL + "', '')")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    int notifyReady();

    @Select("select coalesce(max(position), 0) from support_control.event")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    long lastPosition();

    /** Events after {@code after}, in position order (every partition). */
    @Select("select " + COLUMNS + ", position from support_control.event where position > #{after} order by position limit #{limit}")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<Positioned> after(@Param("after") long after, @Param("limit") int limit);

    /** One partition's events after {@code after}, in position order. */
    @Select("select " + COLUMNS + ", position from support_control.event where position > #{after} and " + PARTITION + " = #{partition}"
            + " order by position limit #{limit}")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<Positioned> inPartitionAfter(@Param("partitions") int partitions, @Param("partition") int partition, @Param("after") long after,
                                      @Param("limit") int limit);

    /**
     * The position to go back to so that every kept event with an id above {@code afterEventId} comes again: just
     * before the first of them, or the current end if none has a position yet.
     */
    @Select("""
            select coalesce((select min(position) - 1 from support_control.event where id > #{afterEventId} and position is not null),
                            (select max(position) from support_control.event), 0)""")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    long positionBefore(long afterEventId);

    /**
     * Deletes up to {@code limit} events recorded before {@code cutoff} that every consumer's partition has passed and
     * that no consumer has parked; returns how many. The last positioned event always stays: the sequencer numbers on
     * from it, and positions must never start again below where consumers are.
     */
    @Delete("delete from support_control.event where id in (select e.id from support_control.event e"
            + " where e.position is not null and e.recorded_at < #{cutoff}"
            + " and e.position < (select max(position) from support_control.event)"
            + " and not exists (select 1 from support_control.event_consumer_progress p"
            + "                  where p.partition = mod(e.routing_key::bigint + 2147483648, #{partitions}) and p.position < e.position)"
            + " and not exists (select 1 from support_control.parked_event k where k.event_id = e.id)"
            + " order by e.position limit #{limit})")
    int deleteDelivered(@Param("cutoff") Instant cutoff, @Param("partitions") int partitions, @Param("limit") int limit);

    /** An event and its position in the log. */
    record Positioned(long id, String tenant, @Nullable UUID ticketId, String type, String payload, Instant recordedAt, long position) {

        DomainEvent event() {
            return new DomainEvent(id, tenant, ticketId, type, payload, recordedAt);
        }
    }
}
