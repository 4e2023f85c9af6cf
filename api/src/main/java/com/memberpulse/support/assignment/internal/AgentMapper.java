package com.memberpulse.support.assignment.internal;

import com.memberpulse.support.assignment.SupportAgent;
import java.time.OffsetDateTime;
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
import org.apache.ibatis.annotations.Update;

/**
 * The current tenant's {@code support_agent} table. Open loads are columns the database keeps current (trigger
 * {@code ticket_agent_load}), so reading a team costs the same however many tickets its agents hold.
 */
@Mapper
public interface AgentMapper {

    String SELECT = """
            select a.id, a.username, a.name, a.email, a.role, a.active, a.availability, a.capacity, a.open_load, a.open_tickets,
                   a.last_assigned_at, a.synced_at, a.version
              from support_agent a
            """;

    @Select("<script>" + SELECT + """
             <if test="!includeInactive">where a.active</if>
             order by lower(a.name), a.id</script>""")
    @ConstructorArgs({
            @Arg(column = "id", javaType = String.class, id = true),
            @Arg(column = "username", javaType = String.class),
            @Arg(column = "name", javaType = String.class),
            @Arg(column = "email", javaType = String.class),
            @Arg(column = "role", javaType = SupportAgent.Role.class),
            @Arg(column = "active", javaType = boolean.class),
            @Arg(column = "availability", javaType = SupportAgent.Availability.class),
            @Arg(column = "capacity", javaType = int.class),
            @Arg(column = "open_load", javaType = int.class),
            @Arg(column = "open_tickets", javaType = int.class),
            @Arg(column = "last_assigned_at", javaType = OffsetDateTime.class),
            @Arg(column = "synced_at", javaType = OffsetDateTime.class),
            @Arg(column = "version", javaType = int.class)})
    @Results(id = "agent")
    List<SupportAgent> list(@Param("includeInactive") boolean includeInactive);

    @Select(SELECT + " where a.id = #{id}")
    @ResultMap("agent")
    SupportAgent find(String id);

    /**
     * A team as automatic assignment needs it, in one query: its name, whose turn was last, and its members in
     * rotation order (by name, then id); a team without members gives one row with no agent.
     */
    @Select("""
            select t.name as team_name, t.last_agent_id, a.id, a.name, a.active, a.availability, a.capacity, a.open_load, a.last_assigned_at
              from support_team t
              left join support_team_member m on m.team_id = t.id
              left join support_agent a on a.id = m.agent_id
             where t.id = #{teamId}
             order by lower(a.name), a.id""")
    // Spelled out: mapping by argument name compares every column with every parameter on every row.
    @ConstructorArgs({
            @Arg(column = "team_name", javaType = String.class),
            @Arg(column = "last_agent_id", javaType = String.class),
            @Arg(column = "id", javaType = String.class),
            @Arg(column = "name", javaType = String.class),
            @Arg(column = "active", javaType = Boolean.class),
            @Arg(column = "availability", javaType = String.class),
            @Arg(column = "capacity", javaType = Integer.class),
            @Arg(column = "open_load", javaType = Integer.class),
            @Arg(column = "last_assigned_at", javaType = OffsetDateTime.class)})
    List<RotationRow> rotation(UUID teamId);

    /** One row of {@link #rotation}. */
    record RotationRow(String teamName, String lastAgentId, String id, String name, Boolean active, String availability,
                       Integer capacity, Integer openLoad, OffsetDateTime lastAssignedAt) {
    }

    /** Every agent, active or not, without loads: what a sync compares Keycloak's list with. */
    @Select("select id, username, name, email, role, active from support_agent")
    List<KnownAgent> known();

    /**
     * Adds or refreshes an agent. A new one holds nothing: tickets are only ever given to agents already here, and the
     * load trigger keeps every agent's load from then on.
     */
    @Insert("""
            insert into support_agent (id, username, name, email, role, active, synced_at)
            values (#{id}, #{username}, #{name}, #{email}, #{role}, true, now())
            on conflict (id) do update
               set username = excluded.username, name = excluded.name, email = excluded.email, role = excluded.role,
                   active = true, synced_at = now()""")
    void upsertActive(@Param("id") String id, @Param("username") String username, @Param("name") String name,
                      @Param("email") String email, @Param("role") String role);

    @Update("update support_agent set active = false, synced_at = now() where id = #{id}")
    void deactivate(String id);

    @Update("""
            update support_agent set availability = #{availability}, capacity = #{capacity}, version = version + 1
             where id = #{id} and version = #{version}""")
    int updateSettings(@Param("id") String id, @Param("version") int version, @Param("availability") String availability,
                       @Param("capacity") int capacity);

    /** An agent as a sync last saw them. */
    record KnownAgent(String id, String username, String name, String email, String role, boolean active) {
    }
}
