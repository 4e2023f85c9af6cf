package com.memberpulse.support.assignment.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The current tenant's {@code assignment_queue}: tickets automatic assignment has still to place. */
@Mapper
public interface QueueMapper {

    /**
     * Serialises automatic assignment within the tenant until the transaction ends, across every instance of the
     * service: turns and capacities are read and written by one transaction at a time. The key is the tenant's
     * schema (the first on the search path), so tenants never wait for each other (bar a hash collision).
     */
    @Select("select 1 from pg_advisory_xact_lock(1936945004, hashtext(current_schema()))")
    int lockTenant();

    /**
     * Queues a ticket, placed by when its first response is due (the SLA's clock, read from its table: that is the
     * order agents should take tickets in), or by when it was raised if no clock measures it.
     */
    @Insert("""
            insert into assignment_queue (ticket_id, place_by)
            values (#{ticketId}, coalesce((select due_at from sla_clock where ticket_id = #{ticketId} and target = 'FIRST_RESPONSE'), #{ticketCreatedAt}))
            on conflict (ticket_id) do nothing""")
    void enqueue(@Param("ticketId") UUID ticketId, @Param("ticketCreatedAt") OffsetDateTime ticketCreatedAt);

    /** Up to {@code limit} queued tickets, soonest due first, after the given one (null: from the start). */
    @Select("""
            <script>select ticket_id, place_by from assignment_queue
            <if test="afterPlaceBy != null"> where (place_by, ticket_id) &gt; (#{afterPlaceBy}, #{afterId})</if>
             order by place_by, ticket_id limit #{limit}</script>""")
    List<Queued> next(@Param("afterPlaceBy") OffsetDateTime afterPlaceBy, @Param("afterId") UUID afterId, @Param("limit") int limit);

    /** A queued ticket and its place in the queue (when its first response is due, or when it was raised). */
    record Queued(UUID ticketId, OffsetDateTime placeBy) {
    }

    @Update("""
            update assignment_queue set waiting_rule_id = #{ruleId}, waiting_since = coalesce(waiting_since, now())
             where ticket_id = #{ticketId}""")
    void markWaiting(@Param("ticketId") UUID ticketId, @Param("ruleId") UUID ruleId);

    @Delete("delete from assignment_queue where ticket_id = #{ticketId}")
    void remove(UUID ticketId);

    /**
     * After an automatic assignment, in one statement: the ticket leaves the queue and (round-robin only:
     * {@code rotatedTeamId} not null) the team's turn moves to the agent.
     */
    @Update("""
            with placed as (delete from assignment_queue where ticket_id = #{ticketId})
            update support_team set last_agent_id = #{agentId} where id = #{rotatedTeamId}""")
    void recordPlacement(@Param("ticketId") UUID ticketId, @Param("agentId") String agentId, @Param("rotatedTeamId") UUID rotatedTeamId);
}
