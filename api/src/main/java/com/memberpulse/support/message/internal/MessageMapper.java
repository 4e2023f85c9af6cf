package com.memberpulse.support.message.internal;

import com.memberpulse.support.message.Message;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Messages of the current tenant's tickets. */
@Mapper
public interface MessageMapper {

    String COLUMNS = "id, ticket_id, visibility, author_id, author_name, author_role, body, created_at";

    @Insert("""
            insert into ticket_message (id, ticket_id, visibility, author_id, author_name, author_role, body)
            values (#{id}, #{ticketId}, #{visibility}, #{authorId}, #{authorName}, #{authorRole}, #{body})""")
    void insert(Message message);

    @Select("select " + COLUMNS + " from ticket_message where id = #{id}")
    Message find(UUID id);

    /** A page of a ticket's conversation, oldest first, after a keyset position; internal notes only if asked. */
    @Select("<script>select " + COLUMNS + " from ticket_message where ticket_id = #{ticketId}"
            + "<if test='!withInternal'> and visibility = 'PUBLIC'</if>"
            + "<if test='afterTime != null'> and (created_at, id) &gt; (#{afterTime}, #{afterId})</if>"
            + " order by created_at, id limit #{limit}</script>")
    List<Message> page(@Param("ticketId") UUID ticketId, @Param("withInternal") boolean withInternal,
                       @Param("afterTime") OffsetDateTime afterTime, @Param("afterId") UUID afterId, @Param("limit") int limit);

    @Select("select " + COLUMNS + " from ticket_message where ticket_id = any(#{ticketIds,typeHandler=com.memberpulse.support.common.persistence.UuidArrayTypeHandler})"
            + " order by ticket_id, created_at, id")
    List<Message> allOf(@Param("ticketIds") Collection<UUID> ticketIds);

    @Select("<script>select count(*) from ticket_message where ticket_id = #{ticketId}"
            + "<if test='!withInternal'> and visibility = 'PUBLIC'</if></script>")
    long count(@Param("ticketId") UUID ticketId, @Param("withInternal") boolean withInternal);
}
