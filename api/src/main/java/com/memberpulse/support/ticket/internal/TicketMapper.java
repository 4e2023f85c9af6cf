package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.ticket.HistoryEntry;
import com.memberpulse.support.ticket.Ticket;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.Update;

/** Tickets and their history, in the current tenant's schema. */
@Mapper
public interface TicketMapper {

    String COLUMNS = "id, number, subject, description, status, priority, category_id, requester_id, requester_type,"
            + " requester_name, requester_email, assignee_id, assignee_name, channel, follow_up_of, created_by_id,"
            + " created_at, updated_at, first_responded_at, resolved_at, closed_at, version";

    @Select("select nextval('ticket_number_seq')")
    long nextNumber();

    @Insert("""
            insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                requester_name, requester_email, channel, follow_up_of, created_by_id)
            values (#{id}, #{number}, #{subject}, #{description}, #{status}, #{priority}, #{categoryId}, #{requesterId},
                    #{requesterType}, #{requesterName}, #{requesterEmail}, #{channel}, #{followUpOf}, #{createdById})""")
    void insert(Ticket ticket);

    @Select("select " + COLUMNS + " from ticket where id = #{id}")
    Ticket find(UUID id);

    @Select("select " + COLUMNS + " from ticket where id = #{id} for update")
    Ticket lock(UUID id);

    @Update("""
            update ticket set status = #{status}, resolved_at = #{resolvedAt}, closed_at = #{closedAt},
                              updated_at = now(), version = version + 1
             where id = #{id} and version = #{version}""")
    int updateStatus(@Param("id") UUID id, @Param("version") int version, @Param("status") String status,
                     @Param("resolvedAt") OffsetDateTime resolvedAt, @Param("closedAt") OffsetDateTime closedAt);

    @Update("update ticket set priority = #{priority}, updated_at = now(), version = version + 1 where id = #{id} and version = #{version}")
    int updatePriority(@Param("id") UUID id, @Param("version") int version, @Param("priority") String priority);

    @Update("update ticket set category_id = #{categoryId}, updated_at = now(), version = version + 1 where id = #{id} and version = #{version}")
    int updateCategory(@Param("id") UUID id, @Param("version") int version, @Param("categoryId") UUID categoryId);

    /** Records the first public staff reply; a no-op (0 rows) once one is recorded. */
    @Update("update ticket set first_responded_at = now(), updated_at = now() where id = #{id} and first_responded_at is null")
    int markFirstResponse(UUID id);

    @Update("update ticket set updated_at = now() where id = #{id}")
    void touch(UUID id);

    @Insert("""
            insert into ticket_history (ticket_id, actor_type, actor_id, actor_name, field, from_value, to_value, note)
            values (#{ticketId}, #{actorType}, #{actorId}, #{actorName}, #{field}, #{fromValue}, #{toValue}, #{note})""")
    void insertHistory(HistoryEntry entry);

    @Select("""
            select id, ticket_id, occurred_at, actor_type, actor_id, actor_name, field, from_value, to_value, note
              from ticket_history where ticket_id = #{ticketId} order by id""")
    List<HistoryEntry> history(UUID ticketId);

    @SelectProvider(type = TicketQueueSql.class, method = "page")
    List<Ticket> page(QueueQuery query);

    @SelectProvider(type = TicketQueueSql.class, method = "count")
    long count(QueueQuery query);
}
