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

    @Insert("""
            insert into assignment_queue (ticket_id, ticket_created_at) values (#{ticketId}, #{ticketCreatedAt})
            on conflict (ticket_id) do nothing""")
    void enqueue(@Param("ticketId") UUID ticketId, @Param("ticketCreatedAt") OffsetDateTime ticketCreatedAt);

    /** Up to {@code limit} queued tickets, oldest ticket first, after the given one (null: from the start). */
    @Select("""
            <script>select ticket_id, ticket_created_at from assignment_queue
            <if test="afterCreatedAt != null"> where (ticket_created_at, ticket_id) &gt; (#{afterCreatedAt}, #{afterId})</if>
             order by ticket_created_at, ticket_id limit #{limit}</script>""")
    List<Queued> oldest(@Param("afterCreatedAt") OffsetDateTime afterCreatedAt, @Param("afterId") UUID afterId, @Param("limit") int limit);

    /** A queued ticket and when it was raised (the queue's order). */
    record Queued(UUID ticketId, OffsetDateTime ticketCreatedAt) {
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
