package com.memberpulse.support.events.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jspecify.annotations.Nullable;

/**
 * Consumers' progress, {@code support_control.event_consumer_progress}: partitions claimed under leases, positions
 * moved on only by the lease's owner (a write by an owner whose lease was taken over changes nothing).
 */
@Mapper
interface ProgressMapper {

    String OWNED = " where consumer = #{consumer} and partition = #{partition} and lease_owner = #{owner}";
    String LEASE = "now() + #{leaseMillis} * interval '1 millisecond'";

    /**
     * Gives the consumer a row for each of its partitions. A new consumer starts at the end of the log (it gets what
     * is recorded from now on; {@code replay} for older events); partitions added by a larger count start where the
     * consumer's least advanced partition is, so nothing is missed; partitions above the count are dropped.
     */
    @Insert("""
            insert into support_control.event_consumer_progress (consumer, partition, position)
            select #{consumer}, p, coalesce((select min(position) from support_control.event_consumer_progress where consumer = #{consumer}),
                                            (select max(position) from support_control.event), 0)
              from generate_series(0, #{partitions} - 1) p
            on conflict (consumer, partition) do nothing""")
    void addPartitions(@Param("consumer") String consumer, @Param("partitions") int partitions);

    @Delete("delete from support_control.event_consumer_progress where consumer = #{consumer} and partition >= #{partitions}")
    void dropPartitionsFrom(@Param("consumer") String consumer, @Param("partitions") int partitions);

    /**
     * Leases up to {@code limit} partitions of these consumers that have events to go through, are not leased by a
     * live owner and are not waiting to retry; those worked least recently first.
     */
    @Select("""
            with claimable as (
                select p.consumer, p.partition from support_control.event_consumer_progress p
                 where p.consumer = any(#{consumers,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})
                   and p.partition < #{partitions}
                   and (p.lease_owner is null or p.lease_until < now())
                   and (p.retry_at is null or p.retry_at <= now())
                   and exists (select 1 from support_control.event e
                                where e.position > p.position and mod(e.routing_key::bigint + 2147483648, #{partitions}) = p.partition)
                 order by p.lease_until nulls first
                 limit #{limit}
                 for update of p skip locked)
            update support_control.event_consumer_progress p set lease_owner = #{owner}, lease_until = """ + LEASE + """
              from claimable c where p.consumer = c.consumer and p.partition = c.partition
            returning p.consumer, p.partition, p.position, p.attempts, p.first_failed_at""")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<Claim> claim(@Param("consumers") String[] consumers, @Param("partitions") int partitions, @Param("owner") String owner,
                      @Param("leaseMillis") long leaseMillis, @Param("limit") int limit);

    /** The partition's position moves on (its head event is done) and its lease is renewed; 0 if the lease was lost. */
    @Update("update support_control.event_consumer_progress set position = #{position}, attempts = 0, retry_at = null,"
            + " first_failed_at = null, lease_until = " + LEASE + OWNED)
    int advance(@Param("consumer") String consumer, @Param("partition") int partition, @Param("owner") String owner,
                @Param("position") long position, @Param("leaseMillis") long leaseMillis);

    /** The head event failed: the partition waits {@code delayMillis} (by the database's clock) and is let go. */
    @Update("update support_control.event_consumer_progress set attempts = #{attempts}, retry_at = now() + #{delayMillis} * interval '1 millisecond',"
            + " first_failed_at = coalesce(first_failed_at, now()), lease_owner = null, lease_until = now()" + OWNED)
    int retryLater(@Param("consumer") String consumer, @Param("partition") int partition, @Param("owner") String owner,
                   @Param("attempts") int attempts, @Param("delayMillis") long delayMillis);

    /** The head event is not due yet (the consumer's delay): the partition waits until {@code due} and is let go. */
    @Update("update support_control.event_consumer_progress set retry_at = #{due}, lease_owner = null, lease_until = now()" + OWNED)
    int waitUntil(@Param("consumer") String consumer, @Param("partition") int partition, @Param("owner") String owner,
                  @Param("due") Instant due);

    @Update("update support_control.event_consumer_progress set lease_owner = null, lease_until = now()" + OWNED)
    int release(@Param("consumer") String consumer, @Param("partition") int partition, @Param("owner") String owner);

    /**
     * Sets every partition of the consumer back to {@code position} (one that is not that far yet stays where it is),
     * taking them from whoever works them.
     */
    @Update("update support_control.event_consumer_progress set position = least(position, #{position}), attempts = 0, retry_at = null,"
            + " first_failed_at = null, lease_owner = null, lease_until = null where consumer = #{consumer}")
    int reset(@Param("consumer") String consumer, @Param("position") long position);

    /** A partition leased to this instance, with the failed tries of its head event so far. */
    record Claim(String consumer, int partition, long position, int attempts, @Nullable Instant firstFailedAt) {
    }
}
