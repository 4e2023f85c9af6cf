package com.memberpulse.support.events.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import com.memberpulse.support.events.ParkedEvent;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.jspecify.annotations.Nullable;

/** {@code support_control.parked_event}: events consumers gave up on, listed for admins and redelivered on request. */
@Mapper
interface ParkedMapper {

    String ROW = """
            select k.id, k.consumer, e.id as event_id, e.tenant_slug as tenant, e.ticket_id, e.type, e.payload::text as payload,
                   e.recorded_at, k.attempts, k.last_error, k.first_failed_at, k.last_failed_at,
                   k.redelivery_requested_at is not null as redelivery_requested
              from support_control.parked_event k join support_control.event e on e.id = k.event_id""";

    /** Parks an event for the consumer; one parked before (a replay, say) counts these tries on top of its own. */
    @Insert("""
            insert into support_control.parked_event (consumer, event_id, attempts, last_error, first_failed_at, last_failed_at)
            values (#{consumer}, #{eventId}, #{attempts}, #{error}, coalesce(#{firstFailedAt}, now()), now())
            on conflict (consumer, event_id) do update
               set attempts = parked_event.attempts + excluded.attempts, last_error = excluded.last_error,
                   last_failed_at = excluded.last_failed_at, redelivery_requested_at = null, redelivery_owner = null""")
    void park(@Param("consumer") String consumer, @Param("eventId") long eventId, @Param("attempts") int attempts,
              @Param("error") String error, @Param("firstFailedAt") @Nullable Instant firstFailedAt);

    @Select("<script>" + ROW + " where k.id &gt; #{afterId}<if test='consumer != null'> and k.consumer = #{consumer}</if>"
            + " order by k.id limit #{limit}</script>")
    List<ParkedEvent> page(@Param("consumer") @Nullable String consumer, @Param("afterId") long afterId, @Param("limit") int limit);

    @Select("<script>select count(*) from support_control.parked_event<if test='consumer != null'> where consumer = #{consumer}</if></script>")
    long count(@Param("consumer") @Nullable String consumer);

    /** Asks for these parked events to be delivered again; returns the ids that exist. */
    @Select("<script>update support_control.parked_event set redelivery_requested_at = now() where id in "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> returning id</script>")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<Long> requestRedelivery(@Param("ids") List<Long> ids);

    /** Leases up to {@code limit} parked events of these consumers whose redelivery was asked for and nobody works on. */
    @Select("""
            with due as (select id from support_control.parked_event
                          where redelivery_requested_at is not null
                            and consumer = any(#{consumers,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})
                            and (redelivery_owner is null or redelivery_lease_until < now())
                          order by id limit #{limit} for update skip locked)
            update support_control.parked_event k set redelivery_owner = #{owner},
                   redelivery_lease_until = now() + #{leaseMillis} * interval '1 millisecond'
              from due where k.id = due.id
            returning k.id""")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<Long> claimRedeliveries(@Param("consumers") String[] consumers, @Param("owner") String owner, @Param("leaseMillis") long leaseMillis,
                                 @Param("limit") int limit);

    @Select(ROW + " where k.id = #{id}")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    @Nullable ParkedEvent find(long id);

    /** Redelivered: no longer parked. */
    @Delete("delete from support_control.parked_event where id = #{id} and redelivery_owner = #{owner}")
    int redelivered(@Param("id") long id, @Param("owner") String owner);

    /** Failed again on redelivery: stays parked, one more try counted. */
    @Update("""
            update support_control.parked_event
               set attempts = attempts + 1, last_error = #{error}, last_failed_at = now(),
                   redelivery_requested_at = null, redelivery_owner = null, redelivery_lease_until = null
             where id = #{id} and redelivery_owner = #{owner}""")
    int failedAgain(@Param("id") long id, @Param("owner") String owner, @Param("error") String error);

    /** The tenant's events parked by these consumers, oldest parked first (a tenant admin's view). */
    @Select(ROW + " where e.tenant_slug = #{tenant} and k.consumer = any(#{consumers,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})"
            + " and k.id > #{afterId} order by k.id limit #{limit}")
    List<ParkedEvent> pageInTenant(@Param("tenant") String tenant, @Param("consumers") String[] consumers, @Param("afterId") long afterId,
                                   @Param("limit") int limit);

    @Select("select count(*) from support_control.parked_event k join support_control.event e on e.id = k.event_id"
            + " where e.tenant_slug = #{tenant} and k.consumer = any(#{consumers,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})")
    long countInTenant(@Param("tenant") String tenant, @Param("consumers") String[] consumers);

    /** The tenant's events parked by these consumers about these tickets, oldest parked first. */
    @Select(ROW + " where e.tenant_slug = #{tenant} and k.consumer = any(#{consumers,typeHandler=org.apache.ibatis.type.ArrayTypeHandler})"
            + " and e.ticket_id = any(#{ticketIds,typeHandler=com.memberpulse.support.common.persistence.UuidArrayTypeHandler}) order by k.id")
    List<ParkedEvent> ofTickets(@Param("tenant") String tenant, @Param("consumers") String[] consumers, @Param("ticketIds") Collection<UUID> ticketIds);

    /** Asks for redelivery of those of these ids that are the tenant's events parked by these consumers; returns them. */
    @Select("<script>update support_control.parked_event k set redelivery_requested_at = now() from support_control.event e"
            + " where e.id = k.event_id and e.tenant_slug = #{tenant}"
            + " and k.consumer = any(#{consumers,typeHandler=org.apache.ibatis.type.ArrayTypeHandler}) and k.id in "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> returning k.id</script>")
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    List<Long> requestRedeliveryInTenant(@Param("tenant") String tenant, @Param("consumers") String[] consumers, @Param("ids") List<Long> ids);
}
