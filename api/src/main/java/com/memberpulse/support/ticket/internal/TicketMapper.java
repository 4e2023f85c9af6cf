package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketChannel;
import com.memberpulse.support.ticket.TicketStatus;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.Update;
import org.jspecify.annotations.Nullable;

/** Tickets and their history, in the current tenant's schema. */
@Mapper
public interface TicketMapper {

    String COLUMNS = "id, number, subject, description, status, priority, category_id, requester_id, requester_type,"
            + " requester_name, requester_email, assignee_id, assignee_name, channel, follow_up_of, created_by_id,"
            + " created_at, updated_at, public_updated_at, first_responded_at, resolved_at, closed_at, tags, version, revision";

    @Select("select nextval('ticket_number_seq')")
    long nextNumber();

    @Insert("""
            insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                requester_name, requester_email, channel, follow_up_of, created_by_id, created_at, updated_at,
                                public_updated_at)
            values (#{id}, #{number}, #{subject}, #{description}, #{status}, #{priority}, #{categoryId}, #{requesterId},
                    #{requesterType}, #{requesterName}, #{requesterEmail}, #{channel}, #{followUpOf}, #{createdById}, #{createdAt},
                    #{updatedAt}, #{publicUpdatedAt})""")
    void insert(Ticket ticket);

    /*
     * Ticket rows map to the record column by column, in constructor order (the "ticket" result map). Mapping by
     * argument name instead compares every column with every parameter on every row: serving pages of 50, that was
     * nearly half of all the memory the JVM allocated (QueueBenchmark), and the garbage collections to match.
     */
    @Select("select " + COLUMNS + " from ticket where id = #{id}")
    @Results(id = "ticket")
    @ConstructorArgs({
            @Arg(column = "id", javaType = UUID.class),
            @Arg(column = "number", javaType = long.class),
            @Arg(column = "subject", javaType = String.class),
            @Arg(column = "description", javaType = String.class),
            @Arg(column = "status", javaType = TicketStatus.class),
            @Arg(column = "priority", javaType = Priority.class),
            @Arg(column = "category_id", javaType = UUID.class),
            @Arg(column = "requester_id", javaType = String.class),
            @Arg(column = "requester_type", javaType = RequesterType.class),
            @Arg(column = "requester_name", javaType = String.class),
            @Arg(column = "requester_email", javaType = String.class),
            @Arg(column = "assignee_id", javaType = String.class),
            @Arg(column = "assignee_name", javaType = String.class),
            @Arg(column = "channel", javaType = TicketChannel.class),
            @Arg(column = "follow_up_of", javaType = UUID.class),
            @Arg(column = "created_by_id", javaType = String.class),
            @Arg(column = "created_at", javaType = OffsetDateTime.class),
            @Arg(column = "updated_at", javaType = OffsetDateTime.class),
            @Arg(column = "public_updated_at", javaType = OffsetDateTime.class),
            @Arg(column = "first_responded_at", javaType = OffsetDateTime.class),
            @Arg(column = "resolved_at", javaType = OffsetDateTime.class),
            @Arg(column = "closed_at", javaType = OffsetDateTime.class),
            @Arg(column = "tags", javaType = List.class, typeHandler = TagsTypeHandler.class),
            @Arg(column = "version", javaType = int.class),
            @Arg(column = "revision", javaType = long.class)})
    Ticket find(UUID id);

    @Select("select " + COLUMNS + " from ticket where id = #{id} for update")
    @ResultMap("ticket")
    Ticket lock(UUID id);

    /** The ticket, locked, if it could be locked at once; null if it does not exist or someone holds it. */
    @Select("select " + COLUMNS + " from ticket where id = #{id} for update skip locked")
    @ResultMap("ticket")
    Ticket lockIfFree(@Param("id") UUID id);

    /**
     * Writes what a change decided (everything that changes after a ticket is raised), if {@code expectedVersion} is
     * still the ticket's; 0 rows otherwise. Every write moves the revision on (the search index's document version).
     */
    @Update("""
            update ticket set status = #{ticket.status}, priority = #{ticket.priority}, category_id = #{ticket.categoryId},
                              assignee_id = #{ticket.assigneeId}, assignee_name = #{ticket.assigneeName},
                              first_responded_at = #{ticket.firstRespondedAt}, resolved_at = #{ticket.resolvedAt},
                              closed_at = #{ticket.closedAt}, updated_at = #{ticket.updatedAt},
                              public_updated_at = #{ticket.publicUpdatedAt}, version = #{ticket.version},
                              tags = #{ticket.tags,typeHandler=com.memberpulse.support.ticket.internal.TagsTypeHandler},
                              revision = revision + 1
             where id = #{ticket.id} and version = #{expectedVersion}""")
    int update(@Param("ticket") Ticket ticket, @Param("expectedVersion") int expectedVersion);

    /**
     * The open, unassigned tickets among {@code ids}, locked for automatic assignment, oldest first; with
     * {@code skipLocked}, those another transaction holds are left out instead of waited for.
     */
    @Select("<script>select " + COLUMNS + " " + """
             from ticket
             where id in <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
               and assignee_id is null and ticket_is_open(status)
             order by created_at, id
               for update<if test="skipLocked"> skip locked</if></script>""")
    @ResultMap("ticket")
    List<Ticket> lockAssignable(@Param("ids") List<UUID> ids, @Param("skipLocked") boolean skipLocked);

    /**
     * The follow-up of a closed ticket, locked: one that is not closed if there is one (the latest), else the latest
     * closed one; null if the ticket has none.
     */
    @Select("select " + COLUMNS + " from ticket where follow_up_of = #{id} order by status = 'CLOSED', created_at desc, id desc limit 1 for update")
    @ResultMap("ticket")
    Ticket lockFollowUpOf(UUID id);

    /**
     * The follow-ups of these tickets, oldest first; only {@code requesterId}'s unless it is null. The tickets are ones
     * the caller may see: this adds the second line, for a requester.
     */
    @Select("<script>select " + COLUMNS + " " + """
             from ticket
             where follow_up_of in <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
               <if test="requesterId != null">and requester_id = #{requesterId}</if>
             order by created_at, id</script>""")
    @ResultMap("ticket")
    List<Ticket> followUpsOf(@Param("ids") Collection<UUID> ids, @Param("requesterId") @Nullable String requesterId);

    /** The open tickets an agent holds, locked. */
    @Select("select " + COLUMNS + " from ticket where assignee_id = #{agentId} and ticket_is_open(status) order by created_at, id for update")
    @ResultMap("ticket")
    List<Ticket> lockOpenHeldBy(String agentId);

    @Insert("""
            insert into ticket_history (ticket_id, occurred_at, actor_type, actor_id, actor_name, field, from_value, to_value, note)
            values (#{ticketId}, coalesce(#{occurredAt}, now()), #{actorType}, #{actorId}, #{actorName}, #{field}, #{fromValue}, #{toValue}, #{note})""")
    void insertHistory(HistoryEntry entry);

    @Select("""
            select id, ticket_id, occurred_at, actor_type, actor_id, actor_name, field, from_value, to_value, note
              from ticket_history where ticket_id = #{ticketId} order by id""")
    List<HistoryEntry> history(UUID ticketId);

    @SelectProvider(type = TicketQueueSql.class, method = "page")
    @ResultMap("ticket")
    List<Ticket> page(QueueQuery query);

    /** Where each of these tickets sorts by SLA due time (the SLA_DUE order's keyset position). */
    @Select("<script>select t.id as ticket_id, coalesce(s.due_at, " + TicketQueueSql.NEVER + ") as due_at"
            + " from ticket t left join sla_clock s on s.ticket_id = t.id and s.decides where t.id in"
            + " <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id,typeHandler=org.apache.ibatis.type.ObjectTypeHandler}</foreach></script>")
    List<SlaSortKey> slaSortKeys(@Param("ids") Collection<UUID> ids);

    /** A ticket's place in the SLA_DUE order. */
    record SlaSortKey(UUID ticketId, OffsetDateTime dueAt) {
    }

    @SelectProvider(type = TicketQueueSql.class, method = "count")
    long count(QueueQuery query);

    @Select("<script>select " + COLUMNS + " from ticket<if test='after != null'> where id &gt; #{after}</if> order by id limit #{limit}</script>")
    @ResultMap("ticket")
    List<Ticket> inIdOrder(@Param("after") @Nullable UUID after, @Param("limit") int limit);

    @Select("<script>select id, revision from ticket<if test='after != null'> where id &gt; #{after}</if> order by id limit #{limit}</script>")
    List<com.memberpulse.support.ticket.TicketAutomation.Revision> revisionsInIdOrder(@Param("after") @Nullable UUID after, @Param("limit") int limit);

    @SelectProvider(type = TicketQueueSql.class, method = "facet")
    List<FacetQuery.Count> facet(FacetQuery query);

    @SelectProvider(type = TicketQueueSql.class, method = "watch")
    WatchQuery.@Nullable Match watch(WatchQuery query);
}
