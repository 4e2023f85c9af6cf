package com.memberpulse.support.sla.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The current tenant's clocks, ledger and measured times, and the control schema's {@code sla_due} rows of the
 * current tenant's tickets (one database holds both, so they commit together with the ticket change).
 */
@Mapper
public interface ClockMapper {

    String CLOCK = "ticket_id, target, policy_id, calendar_id, calendar_name, warning_percent, target_seconds, started_at, elapsed_seconds,"
            + " running_since, paused_at, paused_calendar_seconds, stopped_at, due_at, warning_at, warned_at, breached_at, decides";
    String AS_IS = "typeHandler=org.apache.ibatis.type.ObjectTypeHandler";

    @Select("select " + CLOCK + " from sla_clock where ticket_id = #{ticketId} order by target for update")
    List<StoredClock> lock(@Param("ticketId") UUID ticketId);

    @Select("<script>select " + CLOCK + " from sla_clock where ticket_id in "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id," + AS_IS + "}</foreach> order by ticket_id, target</script>")
    List<StoredClock> clocksOf(@Param("ids") Collection<UUID> ids);

    @Insert("""
            insert into sla_clock (ticket_id, target, policy_id, calendar_id, calendar_name, warning_percent, target_seconds, started_at,
                                   elapsed_seconds, running_since, paused_at, paused_calendar_seconds, stopped_at, due_at, warning_at,
                                   warned_at, breached_at, decides)
            values (#{ticketId}, #{target}, #{policyId}, #{calendarId}, #{calendarName}, #{warningPercent}, #{targetSeconds}, #{startedAt},
                    #{elapsedSeconds}, #{runningSince}, #{pausedAt}, #{pausedCalendarSeconds}, #{stoppedAt}, #{dueAt}, #{warningAt},
                    #{warnedAt}, #{breachedAt}, #{decides})
            on conflict (ticket_id, target) do update
               set policy_id = excluded.policy_id, calendar_id = excluded.calendar_id, calendar_name = excluded.calendar_name,
                   warning_percent = excluded.warning_percent, target_seconds = excluded.target_seconds,
                   started_at = excluded.started_at, elapsed_seconds = excluded.elapsed_seconds,
                   running_since = excluded.running_since, paused_at = excluded.paused_at,
                   paused_calendar_seconds = excluded.paused_calendar_seconds, stopped_at = excluded.stopped_at,
                   due_at = excluded.due_at, warning_at = excluded.warning_at, warned_at = excluded.warned_at,
                   breached_at = excluded.breached_at, decides = excluded.decides""")
    void save(StoredClock clock);

    @Insert("""
            insert into sla_ledger (ticket_id, target, kind, occurred_at, reason, calendar_name, due_at)
            values (#{ticketId}, #{target}, #{kind}, #{occurredAt}, #{reason}, #{calendarName}, #{dueAt})""")
    void record(LedgerEntry entry);

    @Select("select id, ticket_id, target, kind, occurred_at, reason, calendar_name, due_at from sla_ledger where ticket_id = #{ticketId} order by id")
    List<LedgerEntry> ledger(@Param("ticketId") UUID ticketId);

    @Select("""
            select ticket_id, ticket_created_at, first_resolved_at, first_response_calendar_seconds, first_response_business_seconds,
                   resolution_calendar_seconds, resolution_business_seconds, first_response_met, resolution_met
              from ticket_times where ticket_id = #{ticketId}""")
    StoredTimes times(@Param("ticketId") UUID ticketId);

    @Insert("""
            insert into ticket_times (ticket_id, ticket_created_at, first_resolved_at, first_response_calendar_seconds, first_response_business_seconds,
                                      resolution_calendar_seconds, resolution_business_seconds, first_response_met, resolution_met)
            values (#{ticketId}, #{ticketCreatedAt}, #{firstResolvedAt}, #{firstResponseCalendarSeconds}, #{firstResponseBusinessSeconds},
                    #{resolutionCalendarSeconds}, #{resolutionBusinessSeconds}, #{firstResponseMet}, #{resolutionMet})
            on conflict (ticket_id) do update
               set first_resolved_at = excluded.first_resolved_at,
                   first_response_calendar_seconds = excluded.first_response_calendar_seconds,
                   first_response_business_seconds = excluded.first_response_business_seconds,
                   resolution_calendar_seconds = excluded.resolution_calendar_seconds,
                   resolution_business_seconds = excluded.resolution_business_seconds,
                   first_response_met = excluded.first_response_met, resolution_met = excluded.resolution_met""")
    void saveTimes(StoredTimes times);

    /** Tickets still waiting for clocks replayed from their history (open when SLA tracking began). */
    @Select("select ticket_id from sla_backfill order by ticket_id limit #{limit}")
    List<UUID> awaitingBackfill(@Param("limit") int limit);

    @Delete("delete from sla_backfill where ticket_id = #{ticketId}")
    void backfilled(@Param("ticketId") UUID ticketId);

    /** Moves the tenant's pending auto-closes by {@code days} (the auto-close period changed by that much). */
    @Update("update support_control.sla_due set due_at = due_at + make_interval(days => #{days})"
            + " where tenant_slug = #{tenant} and kind = 'AUTO_CLOSE'")
    int shiftAutoCloses(@Param("tenant") String tenant, @Param("days") int days);

    /** Removes one kind of due work of a ticket. */
    @Delete("delete from support_control.sla_due where tenant_slug = #{tenant} and ticket_id = #{ticketId} and kind = #{kind}")
    void clearDue(@Param("tenant") String tenant, @Param("ticketId") UUID ticketId, @Param("kind") String kind);

    @Insert("""
            insert into support_control.sla_due (tenant_slug, ticket_id, kind, due_at) values (#{tenant}, #{ticketId}, #{kind}, #{dueAt})
            on conflict (tenant_slug, ticket_id, kind) do update set due_at = excluded.due_at, attempts = 0, retry_at = null, last_error = null""")
    void scheduleDue(@Param("tenant") String tenant, @Param("ticketId") UUID ticketId, @Param("kind") String kind,
                     @Param("dueAt") OffsetDateTime dueAt);
}
